// Package loader turns documents into extractions (entities, typed relations
// and the sentences that state them) and loads them into a store.
package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/domain"
)

// Limits that keep one hostile file from exhausting memory or time. A real
// document is far below both; the line limit catches minified or binary-ish
// text that would make every later stage quadratic.
const (
	MaxFileSize   = 64 << 20
	MaxLineLength = 1 << 20
)

// Errors that describe why a document was refused; each is wrapped with the
// file name so a load report can say which file and why.
var (
	ErrEmpty       = errors.New("document is empty")
	ErrBinary      = errors.New("document is binary (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("document is not valid UTF-8")
	ErrTooLarge    = errors.New("document is too large")
	ErrLongLine    = errors.New("document has a line too long to be prose")
	ErrUnsupported = errors.New("unsupported document type")
	// ErrNotRegular refuses named pipes, devices and sockets: reading one
	// could block for ever or never end.
	ErrNotRegular = errors.New("not a regular file")
	// ErrOutsideFolder refuses a symbolic link in a loaded folder that leads
	// out of it (to /etc/passwd, say): loading a folder loads what is in it.
	ErrOutsideFolder = errors.New("symbolic link leads outside the folder")
	// ErrDuplicateID refuses a document whose name folds to the ID of
	// another one ("Report 1.txt", "report-1.txt", "REPORT_1.TXT"), which it
	// would otherwise replace without a word.
	ErrDuplicateID = errors.New("another document has the same ID")
)

// Supported reports whether the loader has a reader for the file's extension.
func Supported(path string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(path))]
	return ok
}

// readers turn a validated UTF-8 document into the plain text that is stored
// and that every offset points into.
var readers = map[string]func(string) (string, error){
	".txt":      plainText,
	".text":     plainText,
	".md":       markdownText,
	".markdown": markdownText,
	".html":     htmlText,
	".htm":      htmlText,
}

// ReadFile reads a document, choosing the reader by the file's extension.
func ReadFile(path string) (domain.Doc, error) {
	name := filepath.Base(path)
	if !Supported(path) {
		return domain.Doc{}, fmt.Errorf("read %s: %w %q", name, ErrUnsupported, filepath.Ext(path))
	}
	// Non-blocking, so that opening a named pipe returns at once instead of
	// waiting for a writer; the file is then checked to be a regular one
	// before a byte is read (checking the open file leaves no window for a
	// swap between the check and the read).
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	if err := regular(info.Mode()); err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	// Read into a buffer of the file's size (one byte more, to see a file
	// that grew past the limit): io.ReadAll's growing would hold up to
	// twice the file at once.
	buf := make([]byte, 0, min(max(info.Size(), 0), MaxFileSize)+1)
	data, err := readAll(io.LimitReader(f, MaxFileSize+1), buf)
	if err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	return ParseDoc(name, data)
}

// regular refuses anything but a regular file, saying what it is instead.
func regular(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w (a directory)", ErrNotRegular)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w (a named pipe)", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w (a socket)", ErrNotRegular)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w (a device)", ErrNotRegular)
	}
	return fmt.Errorf("%w (mode %s)", ErrNotRegular, m.Type())
}

// ParseDoc validates a document's bytes and converts them to stored text with
// the reader its name's extension selects.
func ParseDoc(name string, data []byte) (domain.Doc, error) {
	read, ok := readers[strings.ToLower(filepath.Ext(name))]
	if !ok {
		return domain.Doc{}, fmt.Errorf("read %s: %w %q", name, ErrUnsupported, filepath.Ext(name))
	}
	if err := validate(data); err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// NFC so that the same name typed with combining accents or precomposed
	// letters matches the knowledge base the same way.
	raw := norm.NFC.String(strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n"))
	text, err := read(raw)
	if err != nil {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, err)
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return domain.Doc{}, fmt.Errorf("read %s: %w", name, ErrEmpty)
	}
	doc := domain.Doc{ID: domain.DocumentID(name), Name: name, Text: text, Hash: domain.TextHash(text)}
	if date, ok := markupDates[strings.ToLower(filepath.Ext(name))]; ok {
		doc.Date = date(raw)
	}
	return doc, nil
}

func validate(data []byte) error {
	if len(data) > MaxFileSize {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxFileSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, firstInvalid(data))
	}
	line := 0
	for rest := data; len(rest) > 0; line++ {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest)
		}
		if i > MaxLineLength {
			return fmt.Errorf("%w: line %d has %d bytes (limit %d)", ErrLongLine, line+1, i, MaxLineLength)
		}
		rest = rest[min(i+1, len(rest)):]
	}
	return nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// readAll is io.ReadAll into buf, which it grows only if the reader has
// more than buf's capacity.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// plainText keeps the text as written; only trailing spaces go, so that a
// line ending in blanks still reads as a heading. It copies line by line
// into one buffer of the text's size (a slice of lines would cost 16 bytes
// a line: a file of newlines would take 16 times its size).
func plainText(s string) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		b.WriteString(strings.TrimRight(line, " \t"))
		if i >= 0 {
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}
