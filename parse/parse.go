package parse

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/money"
	"github.com/depeche-go/depeche/quotes"
)

// DefaultMaxInputBytes is the input size limit used when
// Options.MaxInputBytes is 0: 64 MiB.
const DefaultMaxInputBytes = 64 << 20

// ErrInputTooLarge is returned (wrapped) by Parse for input longer than the
// parser's MaxInputBytes.
var ErrInputTooLarge = errors.New("parse: input too large")

// Options configures a [Parser]. The zero value means all defaults: the
// default stages, every stage on, a 64 MiB input limit.
type Options struct {
	// Cleaner, Entities, Money and Quotes are the compiled stages; nil means
	// the package's Default().
	Cleaner  *clean.Cleaner
	Entities *entities.Recognizer
	Money    *money.Extractor
	Quotes   *quotes.Attributor

	// SkipEntities, SkipMoney and SkipQuotes turn stages off; their lists are
	// then empty. Skipping entities leaves quotes without entity references.
	SkipEntities, SkipMoney, SkipQuotes bool

	// MaxInputBytes bounds the input size: 0 means DefaultMaxInputBytes, a
	// negative value means no limit.
	MaxInputBytes int
}

// Parser runs the stages over dispatches. It is immutable after New and safe
// for concurrent use by any number of goroutines.
type Parser struct {
	opts Options
}

// New returns a parser with the given options. It returns no error today with
// the stage packages' own compiled objects; it is kept for options that may
// need validation.
func New(opts Options) (*Parser, error) {
	if opts.Cleaner == nil {
		opts.Cleaner = clean.Default()
	}
	if opts.Entities == nil && !opts.SkipEntities {
		opts.Entities = entities.Default()
	}
	if opts.Money == nil && !opts.SkipMoney {
		opts.Money = money.Default()
	}
	if opts.Quotes == nil && !opts.SkipQuotes {
		opts.Quotes = quotes.Default()
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	return &Parser{opts: opts}, nil
}

var defaultParser = sync.OnceValues(func() (*Parser, error) { return New(Options{}) })

// Parse parses input with the shared default parser, built on first use. See
// [Parser.Parse].
func Parse(input string) (*Document, error) {
	p, err := defaultParser()
	if err != nil {
		return nil, err
	}
	return p.Parse(input)
}

// Parse returns everything the parser finds in input. It does not fail on
// content: empty input gives an empty Document; invalid UTF-8, HTML and odd
// bytes give a best-effort Document with Warnings naming the offsets. The
// only error is ErrInputTooLarge (wrapped) for input over MaxInputBytes.
func (p *Parser) Parse(input string) (*Document, error) {
	if p.opts.MaxInputBytes > 0 && len(input) > p.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrInputTooLarge, len(input), p.opts.MaxInputBytes)
	}
	doc := &Document{
		Boilerplate:  []Boilerplate{},
		Entities:     []entities.Entity{},
		Amounts:      []money.Amount{},
		Quotes:       []quotes.Quote{},
		Attributions: []quotes.Attribution{},
		Warnings:     []Warning{},
	}
	if input == "" {
		doc.Clean = &clean.Result{}
		return doc, nil
	}
	doc.Warnings = append(doc.Warnings, invalidUTF8(input)...)

	cr := p.opts.Cleaner.Clean(input)
	doc.Clean = cr
	doc.Title = cr.Title
	doc.Source = cr.Source
	doc.Agency = cr.Agency
	doc.Dateline = cr.Dateline
	doc.Byline = cr.Byline
	doc.Published = cr.Published
	doc.Copyright = cr.Copyright
	doc.Body = cr.Body()
	for _, s := range cr.Removed() {
		c := s.Content() // without the trailing line break
		if c.Start == c.End {
			continue
		}
		doc.Boilerplate = append(doc.Boilerplate, Boilerplate{
			Kind: s.Kind.String(), Text: input[c.Start:c.End], Rule: s.Rule, Start: c.Start, End: c.End,
		})
	}
	doc.Warnings = append(doc.Warnings, cr.Warnings...)

	// the stages read the input with HTML character references decoded and
	// mojibake repaired, when it has any; what they find is mapped back.
	read, spans := input, cr.Kept()
	v := readingView(input)
	if v != nil {
		read, spans = v.Text, toView(v, spans)
	}
	var warns []Warning
	if p.opts.Entities != nil {
		ents, w := p.opts.Entities.FindIn(read, spans)
		doc.Entities = append(doc.Entities, ents...)
		warns = append(warns, w...)
	}
	if p.opts.Money != nil {
		am, w := p.opts.Money.FindIn(read, spans)
		doc.Amounts = append(doc.Amounts, am...)
		warns = append(warns, w...)
	}
	if p.opts.Quotes != nil {
		qs, as, w := p.opts.Quotes.FindIn(read, spans, doc.Entities)
		doc.Quotes = append(doc.Quotes, qs...)
		doc.Attributions = append(doc.Attributions, as...)
		warns = append(warns, w...)
	}
	if v != nil {
		fromViewEntities(v, input, doc.Entities)
		fromViewAmounts(v, input, doc.Amounts)
		fromViewQuotes(v, input, doc.Quotes)
		fromViewAttributions(v, input, doc.Attributions)
		fromViewWarnings(v, warns)
	}
	doc.Warnings = append(doc.Warnings, warns...)
	sort.SliceStable(doc.Warnings, func(i, j int) bool {
		a, b := doc.Warnings[i], doc.Warnings[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return doc, nil
}

// invalidUTF8 returns one warning per run of invalid UTF-8 bytes.
func invalidUTF8(s string) []Warning {
	if utf8.ValidString(s) {
		return nil
	}
	var out []Warning
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		j := i + 1
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if r2 != utf8.RuneError || n2 != 1 {
				break
			}
			j++
		}
		out = append(out, Warning{Message: "invalid UTF-8", Start: i, End: j})
		i = j
	}
	return out
}
