package clean

import (
	"fmt"
	"sync"
	"time"
)

// Focus trades text kept against boilerplate removed, as trafilatura's
// favour_precision and favour_recall do. The zero value is [FocusBalanced].
type Focus uint8

const (
	// FocusBalanced removes what the rules match plus what the line
	// features make clear: chrome before the headline, signatures after the
	// last paragraph, everything after a terminator such as a copyright
	// line.
	FocusBalanced Focus = iota
	// FocusRecall keeps more text: only lines and fragments that a rule
	// matches are removed; line features and terminators remove nothing.
	FocusRecall
	// FocusPrecision keeps less text: on top of the balanced choice, short
	// lines without final punctuation after the last paragraph and short
	// lines between the headline and the body are removed too.
	FocusPrecision
)

// String returns "balanced", "recall" or "precision".
func (f Focus) String() string {
	switch f {
	case FocusBalanced:
		return "balanced"
	case FocusRecall:
		return "recall"
	case FocusPrecision:
		return "precision"
	}
	return fmt.Sprintf("Focus(%d)", uint8(f))
}

// Options configures a [Cleaner]. The zero value means all defaults: the
// default rules, balanced focus, the default time limit for extended
// patterns.
type Options struct {
	// Rules are stacked on [DefaultRules] in order: a rule with the name of
	// an earlier one replaces it, and a "!NAME" record removes it.
	Rules []*RuleSet
	// NoDefaultRules leaves the default rules out: only Rules apply.
	NoDefaultRules bool
	// Focus chooses between keeping text and removing boilerplate.
	Focus Focus
	// Timeout bounds one match of an extended (re2) pattern on one line;
	// 0 means the internal/rx default (100 ms). A rule that times out is
	// skipped for that line and reported as a warning.
	Timeout time.Duration
}

// Cleaner finds the structure of dispatches (title, dateline, paragraphs,
// intertitles), their metadata and their boilerplate. It is immutable after
// [New] and safe for concurrent use by any number of goroutines.
type Cleaner struct {
	c     *compiled
	focus Focus
}

// New compiles a cleaner from the default rules and opts.Rules. It returns
// a *[RuleError] when a rule's pattern does not compile (with the timeout
// given), and an error wrapping [ErrRule] for an unknown focus.
func New(opts Options) (*Cleaner, error) {
	if opts.Focus > FocusPrecision {
		return nil, fmt.Errorf("%w: unknown focus %d", ErrRule, opts.Focus)
	}
	var sets []*RuleSet
	if !opts.NoDefaultRules {
		d, err := defaultRules()
		if err != nil {
			return nil, err
		}
		sets = append(sets, d)
	}
	sets = append(sets, opts.Rules...)
	c, err := compileSets(sets, opts.Timeout)
	if err != nil {
		return nil, err
	}
	return &Cleaner{c: c, focus: opts.Focus}, nil
}

var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New(Options{}) })

// Default returns the shared cleaner built from the default rules. It
// panics only if the embedded rules are broken, which the package tests
// catch.
func Default() *Cleaner {
	c, err := defaultCleaner()
	if err != nil {
		panic("clean: default rules do not compile: " + err.Error())
	}
	return c
}

// Clean returns the structure of input: segments that tile it (see
// [Result]) and the metadata found. It never fails and never panics on
// content; an extended rule that hits its time limit is skipped and named in
// the result's warnings. The result does not alias the cleaner's state.
func (c *Cleaner) Clean(input string) *Result {
	r := &Result{}
	if input == "" {
		return r
	}
	st := statePool.Get().(*state)
	st.reset(c, input)
	st.run(r)
	st.release()
	return r
}

var statePool = sync.Pool{New: func() any { return new(state) }}
