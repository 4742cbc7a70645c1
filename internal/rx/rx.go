// Package rx is depeche's only importer of regexp2 (v2). It compiles the
// extended (backtracking) patterns that a rule explicitly asks for, keeps the
// engine's default backtracking-stack limit, sets a match timeout before the
// pattern is shared, returns byte offsets only and wraps engine errors.
//
// A compiled [Regexp] is immutable and safe for concurrent use.
package rx

import (
	"errors"
	"fmt"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// DefaultTimeout is the match timeout of a pattern compiled with a zero
// timeout: one call to [Regexp.FindAll] on one window stops after about this
// long and returns [ErrTimeout].
const DefaultTimeout = 100 * time.Millisecond

// ErrTimeout is returned (wrapped) when a match hits its time limit or the
// engine's backtracking-stack limit.
var ErrTimeout = errors.New("rx: match time limit reached")

// Regexp is an extended pattern with its limits.
type Regexp struct {
	re   *regexp2.Regexp
	expr string
}

// Compile compiles expr with regexp2's default (.NET-like) syntax, RE2-style
// Unicode classes aside, and a match timeout (0 means [DefaultTimeout]).
// ignoreCase makes the match case-insensitive. The error wraps the engine's
// message.
func Compile(expr string, ignoreCase bool, timeout time.Duration) (*Regexp, error) {
	opts := regexp2.None
	if ignoreCase {
		opts |= regexp2.IgnoreCase
	}
	re, err := regexp2.Compile(expr, opts)
	if err != nil {
		return nil, fmt.Errorf("rx: %w", err)
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	re.MatchTimeout = timeout
	return &Regexp{re: re, expr: expr}, nil
}

// String returns the source pattern.
func (r *Regexp) String() string { return r.expr }

// Match is one match: byte offsets into the string searched, and the byte
// spans of its numbered groups (-1, -1 for a group that did not take part).
type Match struct {
	Start, End int
	Groups     [][2]int
}

// FindAll returns up to max matches (max <= 0: all) in s, in order. On a
// timeout or a stack-limit error it returns the matches found so far and an
// error wrapping [ErrTimeout]; other engine errors are wrapped as they are.
func (r *Regexp) FindAll(s string, max int) ([]Match, error) {
	var out []Match
	m, err := r.re.FindStringMatch(s)
	for err == nil && m != nil {
		start, n := m.ByteRange()
		mt := Match{Start: start, End: start + n}
		for _, g := range m.Groups()[1:] {
			if len(g.Captures) == 0 {
				mt.Groups = append(mt.Groups, [2]int{-1, -1})
				continue
			}
			gs, gn := g.ByteRange()
			mt.Groups = append(mt.Groups, [2]int{gs, gs + gn})
		}
		out = append(out, mt)
		if max > 0 && len(out) >= max {
			return out, nil
		}
		m, err = r.re.FindNextMatch(m)
	}
	if err != nil {
		if isLimit(err) {
			return out, fmt.Errorf("%w (%v)", ErrTimeout, err)
		}
		return out, fmt.Errorf("rx: %w", err)
	}
	return out, nil
}

// MatchString reports whether s contains a match, with the same errors as
// [Regexp.FindAll].
func (r *Regexp) MatchString(s string) (bool, error) {
	ok, err := r.re.MatchString(s)
	if err != nil {
		if isLimit(err) {
			return false, fmt.Errorf("%w (%v)", ErrTimeout, err)
		}
		return false, fmt.Errorf("rx: %w", err)
	}
	return ok, nil
}

func isLimit(err error) bool {
	if errors.Is(err, regexp2.ErrBacktrackingStackLimit) {
		return true
	}
	var te interface{ Timeout() bool }
	if errors.As(err, &te) && te.Timeout() {
		return true
	}
	// regexp2 reports a timeout with a plain error whose text names it.
	return err != nil && containsFold(err.Error(), "timeout")
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for j := 0; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
