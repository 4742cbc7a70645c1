package clean

import "sync"

// Options configures a [Cleaner]. The zero value means all defaults.
type Options struct{}

// Cleaner finds the structure and the boilerplate of dispatches. It is
// immutable and safe for concurrent use.
type Cleaner struct{}

// New compiles a cleaner.
func New(opts Options) (*Cleaner, error) { return &Cleaner{}, nil }

var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New(Options{}) })

// Default returns the shared cleaner built from the default rules.
func Default() *Cleaner {
	c, err := defaultCleaner()
	if err != nil {
		panic("clean: default rules do not compile: " + err.Error())
	}
	return c
}

// Clean returns the structure of input.
func (c *Cleaner) Clean(input string) *Result {
	r := &Result{}
	if input != "" {
		r.Segments = []Segment{{Start: 0, End: len(input), Text: input, Kept: true, Role: RoleParagraph}}
	}
	return r
}
