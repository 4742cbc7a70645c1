package quotes

import (
	"sync"

	"github.com/depeche-go/depeche/entities"
)

// Options configures an [Attributor]. The zero value means all defaults.
type Options struct{}

// Attributor finds and attributes quotes. It is immutable and safe for
// concurrent use.
type Attributor struct{}

// New compiles an attributor.
func New(opts Options) (*Attributor, error) { return &Attributor{}, nil }

var defaultAttributor = sync.OnceValues(func() (*Attributor, error) { return New(Options{}) })

// Default returns the shared attributor built from the default rules.
func Default() *Attributor {
	a, err := defaultAttributor()
	if err != nil {
		panic("quotes: default rules do not compile: " + err.Error())
	}
	return a
}

// FindIn returns the quotes and attributions found in the given spans of
// input, using the entities found in the same document.
func (a *Attributor) FindIn(input string, spans []Span, ents []entities.Entity) ([]Quote, []Attribution, []Warning) {
	return nil, nil, nil
}
