package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/diplograph/diplograph/domain"
)

// Writer is what Load needs of a store.
type Writer interface {
	Apply(ctx context.Context, xs []domain.Extraction) error
	RemoveDocument(ctx context.Context, id string) error
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
}

// LoadOptions tune a load; the zero value is fine.
type LoadOptions struct {
	// Progress receives a progress bar, drawn only when it is a terminal.
	Progress io.Writer
	// Remove names documents (by file name) to take out of the store.
	Remove []string
	// BatchSize is the number of extractions per Apply; 0 means 32.
	BatchSize int
	// Workers is the number of extracting goroutines; 0 means GOMAXPROCS.
	Workers int
}

// Failure is a document that could not be loaded, and why.
type Failure struct {
	Name string
	Err  error
}

func (f Failure) String() string { return fmt.Sprintf("%s: %v", f.Name, f.Err) }

// Report sums up a load. Entities and Relations count what the loaded
// documents gave, per document, before the store merges them.
type Report struct {
	Documents, Skipped, Removed, Entities, Relations int
	Failures                                         []Failure
}

// Load reads the files and folders in paths, extracts each document and
// applies the extractions to w in batches. Documents whose text is
// unchanged since the last load are skipped; a changed one is applied again
// and so replaces its earlier version. A document that cannot be read or
// extracted is reported in Failures and the others still load. Load returns
// an error only when the store or the context fails, with the report so far.
func Load(ctx context.Context, w Writer, ex *Extractor, paths []string, opts LoadOptions) (Report, error) {
	var rep Report
	infos, err := w.Documents(ctx)
	if err != nil {
		return rep, fmt.Errorf("load: list loaded documents: %w", err)
	}
	known := make(map[string]string, len(infos))    // name -> hash
	knownIDs := make(map[string]string, len(infos)) // ID -> name
	for _, d := range infos {
		known[d.Name] = d.Hash
		knownIDs[d.ID] = d.Name
	}
	for _, name := range opts.Remove {
		if err := w.RemoveDocument(ctx, domain.DocumentID(name)); err != nil {
			if errors.Is(err, domain.ErrUnavailable) || ctx.Err() != nil {
				return rep, fmt.Errorf("load: remove %s: %w", name, err)
			}
			rep.Failures = append(rep.Failures, Failure{name, fmt.Errorf("remove: %w", err)})
			continue
		}
		delete(known, name)
		delete(knownIDs, domain.DocumentID(name))
		rep.Removed++
	}

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 32
	}
	bar := newProgress(opts.Progress, paths)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	files := make(chan string, workers*2)
	results := make(chan result, workers*2)

	go func() {
		defer close(files)
		walk(ctx, paths, knownIDs, files, results)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range files {
				results <- extractFile(ex, path, known)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var pending []domain.Extraction
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := apply(ctx, w, pending, &rep)
		pending = pending[:0]
		return err
	}
	var failed error
	for r := range results {
		if failed != nil {
			continue // drain so the workers can stop
		}
		bar.step(r.size)
		switch {
		case r.err != nil:
			rep.Failures = append(rep.Failures, Failure{r.name, r.err})
		case r.skipped:
			rep.Skipped++
		default:
			pending = append(pending, r.x)
			if len(pending) >= batch {
				failed = flush()
			}
		}
		if failed != nil {
			cancel()
		}
	}
	if failed == nil {
		failed = flush()
	}
	bar.finish()
	if failed == nil && ctx.Err() != nil {
		failed = fmt.Errorf("load: %w", ctx.Err())
	}
	return rep, failed
}

// result is what a worker made of one file.
type result struct {
	path, name string
	size       int64
	x          domain.Extraction
	skipped    bool
	err        error
}

func extractFile(ex *Extractor, path string, known map[string]string) result {
	r := result{path: path, name: filepath.Base(path)}
	doc, err := ReadFile(path)
	r.size = int64(len(doc.Text))
	if err != nil {
		r.err = err
		return r
	}
	if h, ok := known[doc.Name]; ok && h == doc.Hash {
		r.skipped = true
		return r
	}
	r.x, r.err = ex.Extract(doc)
	return r
}

// walk sends every supported file under paths. A path that cannot be read
// becomes a failure result; files of other types inside folders are passed
// over, but one named outright is reported. Inside a folder, a symbolic link
// is followed only to a file in the same folder, and anything that is not a
// regular file (a named pipe, a device) is refused before it is opened.
//
// A document's ID derives from its file name alone, so two files whose names
// fold to one ID ("Report 1.txt", "report-1.txt") would replace each other:
// the first in walk order (or the one already in the store, knownIDs) keeps
// the ID and each later one is refused with ErrDuplicateID. The same path
// named twice is loaded once.
func walk(ctx context.Context, paths []string, knownIDs map[string]string, files chan<- string, results chan<- result) {
	claimed := map[string]string{} // document ID -> path
	fail := func(path string, err error) bool {
		select {
		case results <- result{path: path, name: filepath.Base(path), err: err}:
			return true
		case <-ctx.Done():
			return false
		}
	}
	send := func(path string) bool {
		name := filepath.Base(path)
		id := domain.DocumentID(name)
		if prev, ok := claimed[id]; ok {
			if prev == path {
				return true
			}
			if filepath.Base(prev) == name {
				return fail(path, fmt.Errorf("read %s: %w: %s has the same name as %s", name, ErrDuplicateID, path, prev))
			}
			return fail(path, fmt.Errorf("read %s: %w: %s and %s both have the ID %s; rename one", name, ErrDuplicateID, path, prev, id))
		}
		if old, ok := knownIDs[id]; ok && old != name {
			return fail(path, fmt.Errorf("read %s: %w: the loaded document %q has the ID %s; rename this file, or remove %q first (load -remove)",
				name, ErrDuplicateID, old, id, old))
		}
		claimed[id] = path
		select {
		case files <- path:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			if !fail(root, fmt.Errorf("read %s: %w", filepath.Base(root), err)) {
				return
			}
			continue
		}
		if !info.IsDir() {
			if !Supported(root) {
				err = fmt.Errorf("%w %q", ErrUnsupported, filepath.Ext(root))
			} else {
				err = regular(info.Mode())
			}
			if err != nil {
				if !fail(root, fmt.Errorf("read %s: %w", filepath.Base(root), err)) {
					return
				}
				continue
			}
			if !send(root) {
				return
			}
			continue
		}
		// The folder itself may be reached through a link; what is inside it
		// is judged against where it really is.
		real, err := filepath.EvalSymlinks(root)
		if err != nil {
			if !fail(root, fmt.Errorf("read %s: %w", filepath.Base(root), err)) {
				return
			}
			continue
		}
		top := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			top = real
		}
		err = filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if !fail(path, fmt.Errorf("read %s: %w", filepath.Base(path), err)) {
					return ctx.Err()
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !Supported(path) {
				return nil
			}
			if err := insideRegular(real, path, d); err != nil {
				if !fail(path, fmt.Errorf("read %s: %w", filepath.Base(path), err)) {
					return ctx.Err()
				}
				return nil
			}
			if !send(path) {
				return ctx.Err()
			}
			return nil
		})
		if err != nil {
			return
		}
	}
}

// insideRegular checks an entry of the folder dir (a real path): a regular
// file, or a symbolic link to a regular file inside dir.
func insideRegular(dir, path string, d fs.DirEntry) error {
	if d.Type()&fs.ModeSymlink == 0 {
		return regular(d.Type())
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	if rel, err := filepath.Rel(dir, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%w (to %s)", ErrOutsideFolder, target)
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	return regular(info.Mode())
}

// apply stores a batch; when the store refuses the batch for a reason other
// than being down, each extraction is tried alone so that one bad document
// spoils only itself.
func apply(ctx context.Context, w Writer, xs []domain.Extraction, rep *Report) error {
	count := func(x domain.Extraction) {
		rep.Documents++
		rep.Entities += len(x.Entities)
		rep.Relations += len(x.Relations)
	}
	err := w.Apply(ctx, xs)
	if err == nil {
		for _, x := range xs {
			count(x)
		}
		return nil
	}
	if errors.Is(err, domain.ErrUnavailable) || ctx.Err() != nil {
		return fmt.Errorf("load: apply %d documents: %w", len(xs), err)
	}
	for _, x := range xs {
		if err := w.Apply(ctx, []domain.Extraction{x}); err != nil {
			if errors.Is(err, domain.ErrUnavailable) || ctx.Err() != nil {
				return fmt.Errorf("load: apply %s: %w", x.Document.Name, err)
			}
			rep.Failures = append(rep.Failures, Failure{x.Document.Name, fmt.Errorf("apply: %w", err)})
			continue
		}
		count(x)
	}
	return nil
}

// progress draws a one-line bar on a terminal; on anything else it does
// nothing, so logs and pipes stay clean.
type progress struct {
	out         io.Writer
	total, done int64 // bytes
	files       int
	start, last time.Time
}

func newProgress(w io.Writer, paths []string) *progress {
	if !isTerminal(w) {
		return nil
	}
	p := &progress{out: w, start: time.Now()}
	// Sizing the job first costs a walk of the tree, which only pays when
	// someone watches.
	for _, root := range paths {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && Supported(path) {
				if info, err := d.Info(); err == nil {
					p.total += info.Size()
				}
			}
			return nil
		})
	}
	return p
}

func (p *progress) step(n int64) {
	if p == nil {
		return
	}
	p.done += n
	p.files++
	if now := time.Now(); now.Sub(p.last) > 100*time.Millisecond {
		p.last = now
		p.draw()
	}
}

func (p *progress) draw() {
	const width = 30
	frac := 1.0
	if p.total > 0 {
		frac = min(float64(p.done)/float64(p.total), 1)
	}
	fill := int(frac * width)
	bar := make([]byte, width)
	for i := range bar {
		switch {
		case i < fill:
			bar[i] = '='
		case i == fill:
			bar[i] = '>'
		default:
			bar[i] = ' '
		}
	}
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.done) / secs / 1e6
	}
	fmt.Fprintf(p.out, "\r[%s] %3.0f%% %d files %.1f MB/s ", bar, frac*100, p.files, rate)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.draw()
	fmt.Fprintln(p.out)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
