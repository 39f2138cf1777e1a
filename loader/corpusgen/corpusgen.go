// Package corpusgen writes large synthetic corpora of tech-diplomacy prose
// for benchmarks and load tests: sentences that state the ontology's
// relations between names the knowledge base knows and names it does not,
// with headings, lists, abbreviations and numbers mixed in. The same seed
// always gives the same corpus.
package corpusgen

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// Config says what to generate.
type Config struct {
	Dir      string // output folder, created if missing
	Size     int64  // total bytes to write
	FileSize int64  // bytes per document; 0 means 256 KiB
	Seed     uint64
}

// Generator makes documents from a knowledge base's vocabulary.
type Generator struct {
	rng                                   *rand.Rand
	actors, states, forums, treaties, iss []string
}

// New returns a generator drawing known names from k.
func New(k *kb.KB, seed uint64) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for _, e := range k.Entries() {
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			switch {
			case e.Kind == domain.Actor && e.Subtype == "STATE":
				g.states = append(g.states, n)
			case e.Kind == domain.Actor:
				g.actors = append(g.actors, n)
			case e.Kind == domain.Forum:
				g.forums = append(g.forums, n)
			case e.Kind == domain.Treaty:
				g.treaties = append(g.treaties, n)
			case e.Kind == domain.Issue:
				g.iss = append(g.iss, lowerFirst(n))
			}
		}
	}
	// A KB still being written may lack a kind; invented names fill in.
	for _, l := range []*[]string{&g.actors, &g.states, &g.forums, &g.treaties, &g.iss} {
		if len(*l) == 0 {
			*l = append(*l, "Placeholder")
		}
	}
	return g
}

// Generate writes cfg.Size bytes of documents into cfg.Dir and returns how
// many files it wrote. Documents are streamed to disk, so memory stays
// small whatever the size.
func Generate(k *kb.KB, cfg Config) (int, error) {
	if cfg.FileSize <= 0 {
		cfg.FileSize = 256 << 10
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return 0, fmt.Errorf("corpusgen: %w", err)
	}
	g := New(k, cfg.Seed)
	var written int64
	n := 0
	for written < cfg.Size {
		size := min(cfg.FileSize, cfg.Size-written)
		ext := []string{".txt", ".txt", ".md", ".html"}[n%4]
		path := filepath.Join(cfg.Dir, fmt.Sprintf("gen_%06d%s", n, ext))
		w, err := g.writeFile(path, ext, size)
		written += w
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func (g *Generator) writeFile(path, ext string, size int64) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("corpusgen: %w", err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	var n int64
	write := func(s string) {
		m, _ := bw.WriteString(s)
		n += int64(m)
	}
	if ext == ".html" {
		write("<html><head><title>" + g.title() + "</title><script>var x = 1;</script></head><body><nav>Home | About</nav>\n")
	}
	for n < size {
		write(g.Block(ext))
	}
	if ext == ".html" {
		write("<footer>Copyright</footer></body></html>\n")
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return n, fmt.Errorf("corpusgen: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return n, fmt.Errorf("corpusgen: close %s: %w", path, err)
	}
	return n, nil
}

// Document returns about size bytes of plain text, for in-memory benchmarks.
func (g *Generator) Document(size int) string {
	var b strings.Builder
	b.WriteString(g.title() + "\n\n")
	for b.Len() < size {
		b.WriteString(g.Block(".txt"))
	}
	return b.String()
}

// Block returns a heading, a list or a paragraph in the markup of ext.
func (g *Generator) Block(ext string) string {
	switch r := g.rng.IntN(10); {
	case r == 0:
		h := g.title()
		switch ext {
		case ".md":
			return "## " + h + "\n\n"
		case ".html":
			return "<h2>" + h + "</h2>\n"
		}
		return h + "\n\n"
	case r == 1:
		var b strings.Builder
		if ext == ".html" {
			b.WriteString("<ul>")
		}
		for range 2 + g.rng.IntN(4) {
			item := g.sentence()
			switch ext {
			case ".html":
				b.WriteString("<li>" + item + "</li>")
			default:
				b.WriteString("- " + item + "\n")
			}
		}
		if ext == ".html" {
			b.WriteString("</ul>\n")
		}
		return b.String() + "\n"
	}
	var b strings.Builder
	for range 3 + g.rng.IntN(5) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.sentence())
	}
	if ext == ".html" {
		return "<p>" + b.String() + "</p>\n"
	}
	return b.String() + "\n\n"
}

func (g *Generator) pick(l []string) string { return l[g.rng.IntN(len(l))] }

// Invented names, so that the extractor also meets what no KB knows.
var (
	syllables = []string{"ka", "lo", "ri", "men", "tar", "vo", "sel", "dun", "ara", "bel", "cor", "phi", "zan", "ul", "tek", "nor"}
	given     = []string{"Anna", "Jonas", "Mira", "Tomas", "Leila", "Kofi", "Ines", "Ravi", "Sofia", "Omar", "Yuki", "Elena"}
	titles    = []string{"Dr", "Mr", "Ms", "Prof.", "Ambassador", "Minister", "President"}
	forumHead = []string{"Forum", "Council", "Coalition", "Alliance", "Dialogue", "Working Group", "Summit", "Commission"}
	bodyHead  = []string{"Ministry of Digital Affairs", "Agency for Cyber Resilience", "Office of Technology Policy"}
	orgHead   = []string{"Foundation", "Institute", "University", "Network", "Centre", "Labs Inc."}
	instHead  = []string{"Convention", "Declaration", "Strategy", "Act", "Agreement", "Compact", "Charter", "Framework", "Initiative"}
	topics    = []string{"Digital Trade", "Cyber Resilience", "Data Governance", "Artificial Intelligence", "Connectivity", "Online Safety"}
)

func (g *Generator) word() string {
	var b strings.Builder
	for range 2 + g.rng.IntN(2) {
		b.WriteString(g.pick(syllables))
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *Generator) person() string {
	return g.pick(titles) + " " + g.pick(given) + " " + g.word()
}

func (g *Generator) newForum() string {
	return g.word() + " " + g.pick(forumHead) + " on " + g.pick(topics)
}

func (g *Generator) newInstrument() string {
	return g.word() + " " + g.pick(instHead) + " on " + g.pick(topics)
}

func (g *Generator) newActor() string {
	if g.rng.IntN(2) == 0 {
		return g.word() + " " + g.pick(orgHead)
	}
	return g.pick(bodyHead) + " of " + g.word()
}

func (g *Generator) actor() string {
	switch g.rng.IntN(4) {
	case 0, 1:
		return g.pick(g.states)
	case 2:
		return g.pick(g.actors)
	}
	return g.newActor()
}

func (g *Generator) forum() string {
	if g.rng.IntN(3) == 0 {
		return "the " + g.newForum()
	}
	return "the " + g.pick(g.forums)
}

func (g *Generator) instrument() string {
	if g.rng.IntN(3) == 0 {
		return "the " + g.newInstrument()
	}
	return "the " + g.pick(g.treaties)
}

func (g *Generator) issue() string { return g.pick(g.iss) }

func (g *Generator) title() string {
	return g.pick([]string{"Perspectives on", "Notes on", "The Future of", "Building"}) + " " + g.pick(topics)
}

func (g *Generator) year() int { return 1995 + g.rng.IntN(31) }

// sentence fills one of the templates; each states a relation of the
// ontology, or none, in the ways documents do.
func (g *Generator) sentence() string {
	if g.rng.IntN(2) == 0 {
		return g.filler()
	}
	switch g.rng.IntN(16) {
	case 0:
		return fmt.Sprintf("%s is a member of %s.", g.actor(), g.forum())
	case 1:
		return fmt.Sprintf("In %d, %s signed %s.", g.year(), g.actor(), g.instrument())
	case 2:
		return fmt.Sprintf("%s strongly supports %s and welcomes %s.", g.actor(), g.instrument(), g.issue())
	case 3:
		return fmt.Sprintf("%s opposes %s, citing concerns about %s.", g.actor(), g.issue(), g.issue())
	case 4:
		return fmt.Sprintf("%s takes part in %s %d.", g.actor(), g.forum(), g.year())
	case 5:
		return fmt.Sprintf("%s, %s at %s, spoke at %s on %d Nov. about %s.", g.person(), g.pick([]string{"director", "head of policy", "researcher"}), g.newActor(), g.forum(), g.year(), g.issue())
	case 6:
		return fmt.Sprintf("%s published %s, which deals with %s and %s.", g.actor(), g.instrument(), g.issue(), g.issue())
	case 7:
		return fmt.Sprintf("Cooperation between %s and %s on %s has grown by 3.5 per cent since %d.", g.actor(), g.actor(), g.issue(), g.year())
	case 8:
		return fmt.Sprintf("Tensions between %s and %s rose after the U.S. imposed sanctions, e.g. on exports.", g.pick(g.states), g.pick(g.states))
	case 9:
		return fmt.Sprintf("%s is part of %s.", g.newForumWithAcronym(), g.forum())
	case 10:
		return fmt.Sprintf("The strategy builds on %s and aligns with %s.", g.instrument(), g.instrument())
	case 11:
		return fmt.Sprintf("%s works on %s, %s and %s.", g.actor(), g.issue(), g.issue(), g.issue())
	case 12:
		return fmt.Sprintf("\u201cWe will not compromise on %s,\u201d said %s.", g.issue(), g.person())
	case 13:
		return fmt.Sprintf("%s addresses %s through Art. %d of its charter.", g.forum(), g.issue(), 1+g.rng.IntN(40))
	case 14:
		return fmt.Sprintf("Many observers in %s and %s see the debate differently.", g.word(), g.word())
	}
	return fmt.Sprintf("%s represents %s in %s.", g.person(), g.actor(), g.forum())
}

func (g *Generator) newForumWithAcronym() string {
	w1, w2 := g.word(), g.word()
	head := g.pick([]string{"Forum", "Council", "Coalition", "Alliance"})
	acr := string(w1[0]) + string(w2[0]) + string(head[0])
	return fmt.Sprintf("The %s %s %s (%s)", w1, w2, head, acr)
}

// lowerFirst writes an issue as running text does: "Data protection" ->
// "data protection", but "IoT" stays.
func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !strings.ContainsAny(s[1:2], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// Prose without names, as most sentences of real documents are.
var (
	subjects = []string{"Policymakers", "Diplomats", "Many governments", "Experts", "Technical communities", "Smaller states", "Civil society organisations", "Negotiators"}
	verbs    = []string{"need to balance", "increasingly debate", "struggle to keep pace with", "have begun to rethink", "often disagree about", "seek common ground on"}
	objects  = []string{"the pace of technological change", "questions of jurisdiction and sovereignty", "the rules that shape the digital economy", "how standards are set and by whom", "the risks and benefits of new tools", "the role of private companies in public life"}
	tails    = []string{"across borders", "in a fragmented world", "at home and abroad", "without a clear consensus", "as the stakes keep rising", "in multilateral settings"}
)

func (g *Generator) filler() string {
	s := g.pick(subjects) + " " + g.pick(verbs) + " " + g.pick(objects) + " " + g.pick(tails)
	if g.rng.IntN(3) == 0 {
		s += ", and " + strings.ToLower(g.pick(subjects)) + " " + g.pick(verbs) + " " + g.pick(objects)
	}
	return s + "."
}
