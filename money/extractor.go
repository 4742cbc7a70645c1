package money

import "sync"

// Options configures an [Extractor]. The zero value means all defaults.
type Options struct{}

// Extractor finds monetary amounts. It is immutable and safe for concurrent use.
type Extractor struct{}

// New compiles an extractor.
func New(opts Options) (*Extractor, error) { return &Extractor{}, nil }

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

// Default returns the shared extractor built from the default rules.
func Default() *Extractor {
	e, err := defaultExtractor()
	if err != nil {
		panic("money: default rules do not compile: " + err.Error())
	}
	return e
}

// FindAll returns every amount of input, sorted by Start then End.
func (e *Extractor) FindAll(input string) []Amount {
	a, _ := e.FindIn(input, Whole(input))
	return a
}

// FindIn returns the amounts found in the given spans of input.
func (e *Extractor) FindIn(input string, spans []Span) ([]Amount, []Warning) { return nil, nil }

// Whole returns the one span that covers all of s (none for an empty s).
func Whole(s string) []Span {
	if s == "" {
		return nil
	}
	return []Span{{Start: 0, End: len(s)}}
}
