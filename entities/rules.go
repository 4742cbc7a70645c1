package entities

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/depeche-go/depeche/internal/rulefile"
	"github.com/depeche-go/depeche/internal/rx"
	"github.com/depeche-go/depeche/internal/text"
)

// RuleError is a malformed rule: the file, the 1-based line and column, the
// byte offset and what is wrong. Use [errors.As] to get one from the errors of
// [ParseRules], [LoadRules] and [New].
type RuleError = rulefile.RuleError

// ErrRule is wrapped by every [RuleError] about the meaning of a record (an
// unknown keyword, a missing field, an invalid ISIN, a pattern that does not
// compile).
var ErrRule = errors.New("entities: bad rule")

// DefaultPatternTimeout is the match time limit of an extended (regexp2) user
// pattern that gives no timeout= attribute. One pattern gets this budget for
// one call of [Recognizer.FindIn]; when it runs out the pattern is skipped for
// the rest of that input and a [Warning] names it.
const DefaultPatternTimeout = 100 * time.Millisecond

//go:embed rules/*.rules
var defaultFS embed.FS

// RuleSet is a parsed, validated set of entity rules. It is immutable and
// safe for concurrent use. Pass rule sets in [Options.Rules]: they are stacked
// on the default rules in order, later records overriding earlier ones.
type RuleSet struct {
	rules []rule
}

// Len returns the number of records in the set.
func (s *RuleSet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.rules)
}

// ruleKind is the kind of a record, told by its first field.
type ruleKind uint8

const (
	kindEntry    ruleKind = iota // TYPE canonical aliases... key=value...
	kindFirst                    // first  Name...
	kindStop                     // stop   form...
	kindCommon                   // common word...
	kindTitle                    // title  form...
	kindRole                     // role   form...
	kindTrigger                  // trigger TYPE form... key=value...
	kindLegal                    // legal  form...
	kindParticle                 // particle form...
	kindHead                     // head TYPE form... key=value...
	kindExchange                 // exchange form...
	kindPattern                  // pattern NAME TYPE expr key=value...
	kindSuffix                   // suffix word...: "Natixis Securities" is another ORG
	kindVerb                     // verb form...: "Kerdalia annonce": a capitalised subject before it is an ORG
	kindEnding                   // ending TYPE suffix... key=value...: an unknown one-word name ending so has TYPE
	kindCue                      // cue TYPE phrase... key=value...: the name before the phrase has TYPE
)

var kindWords = map[string]ruleKind{
	"first": kindFirst, "stop": kindStop, "common": kindCommon, "title": kindTitle,
	"role": kindRole, "trigger": kindTrigger, "legal": kindLegal, "particle": kindParticle,
	"head": kindHead, "exchange": kindExchange, "pattern": kindPattern, "suffix": kindSuffix,
	"verb": kindVerb, "ending": kindEnding, "cue": kindCue,
}

// attr is one key=value field.
type attr struct{ k, v string }

// rule is one validated record.
type rule struct {
	kind      ruleKind
	remove    bool
	typ       Type
	canonical string
	forms     []string // aliases (entries) or words (other kinds)
	attrs     []attr
	source    string
	line      int

	// patterns
	name    string
	re      *regexp.Regexp
	re2     *rx.Regexp
	group   int
	timeout time.Duration
}

func (r *rule) attr(k string) string {
	for _, a := range r.attrs {
		if a.k == k {
			return a.v
		}
	}
	return ""
}

// ParseRules parses one rule file. name identifies it in errors. The error is
// a *[RuleError] (wrapping [ErrRule] or the rule-file syntax error) with the
// line and column of the offending field.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	recs, err := rulefile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	s := &RuleSet{}
	for _, rec := range recs {
		r, err := compileRecord(rec)
		if err != nil {
			return nil, err
		}
		s.rules = append(s.rules, r)
	}
	return s, nil
}

// LoadRules reads and parses every file of fsys matching pattern (as
// [fs.Glob]) in name order, as one rule set. It returns the [fs.Glob] error
// for a bad pattern, a read error, or the first *[RuleError].
func LoadRules(fsys fs.FS, pattern string) (*RuleSet, error) {
	files, err := rulefile.Load(fsys, pattern)
	if err != nil {
		return nil, err
	}
	s := &RuleSet{}
	for _, f := range files {
		for _, rec := range f.Records {
			r, err := compileRecord(rec)
			if err != nil {
				return nil, err
			}
			s.rules = append(s.rules, r)
		}
	}
	return s, nil
}

var defaultRules = sync.OnceValues(func() (*RuleSet, error) { return LoadRules(defaultFS, "rules/*.rules") })

// DefaultRules returns the embedded default rule set: the gazetteers
// (rules/gaz-*.rules), first names, stop words and patterns. It is built once
// and shared. It panics only if the embedded files are malformed, which a test
// catches.
func DefaultRules() *RuleSet {
	s, err := defaultRules()
	if err != nil {
		panic("entities: default rules: " + err.Error())
	}
	return s
}

func isTypeWord(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '_')) {
			return false
		}
	}
	return true
}

// splitAttr splits "key=value" where key is a lower-case identifier.
func splitAttr(f string) (attr, bool) {
	eq := strings.IndexByte(f, '=')
	if eq <= 0 {
		return attr{}, false
	}
	for i := 0; i < eq; i++ {
		c := f[i]
		if !('a' <= c && c <= 'z' || c == '_' || i > 0 && '0' <= c && c <= '9') {
			return attr{}, false
		}
	}
	return attr{f[:eq], f[eq+1:]}, true
}

func compileRecord(rec rulefile.Record) (rule, error) {
	r := rule{remove: rec.Remove, source: rec.Source, line: rec.Line}
	head := rec.Fields[0]
	if isTypeWord(head) {
		r.kind = kindEntry
		r.typ = Type(head)
		if len(rec.Fields) < 2 {
			return r, rec.Errorf(0, "%w: %s entry without a canonical name", ErrRule, head)
		}
		r.canonical = rec.Fields[1]
		if _, ok := splitAttr(r.canonical); ok {
			return r, rec.Errorf(1, "%w: the canonical name comes before key=value attributes", ErrRule)
		}
		if text.Key(r.canonical) == "" {
			return r, rec.Errorf(1, "%w: empty canonical name", ErrRule)
		}
		for i := 2; i < len(rec.Fields); i++ {
			f := rec.Fields[i]
			if a, ok := splitAttr(f); ok {
				if err := checkAttr(a); err != nil {
					return r, rec.Wrap(i, err)
				}
				r.attrs = append(r.attrs, a)
				continue
			}
			if len(r.attrs) > 0 {
				return r, rec.Errorf(i, "%w: alias %q after key=value attributes", ErrRule, f)
			}
			r.forms = append(r.forms, f)
		}
		return r, nil
	}
	k, ok := kindWords[head]
	if !ok {
		return r, rec.Errorf(0, "%w: unknown record %q (want an upper-case entity type or one of first, stop, common, title, role, trigger, legal, particle, head, exchange, suffix, verb, ending, cue, pattern)", ErrRule, head)
	}
	r.kind = k
	fields := rec.Fields[1:]
	base := 1
	switch k {
	case kindTrigger, kindHead, kindEnding, kindCue:
		if len(fields) == 0 || !isTypeWord(fields[0]) {
			return r, rec.Errorf(1, "%w: %s needs an entity type (ORG, PER...) then its words", ErrRule, head)
		}
		r.typ = Type(fields[0])
		fields = fields[1:]
		base = 2
	case kindPattern:
		return compilePattern(rec, r)
	}
	for i, f := range fields {
		if a, ok := splitAttr(f); ok && (k == kindTrigger || k == kindHead || k == kindEnding || k == kindCue) {
			if err := checkAttr(a); err != nil {
				return r, rec.Wrap(base+i, err)
			}
			r.attrs = append(r.attrs, a)
			continue
		}
		if text.Key(f) == "" {
			return r, rec.Errorf(base+i, "%w: empty word", ErrRule)
		}
		if k == kindEnding && !lettersOnly(text.Key(f)) {
			return r, rec.Errorf(base+i, "%w: an ending is letters only: %q", ErrRule, f)
		}
		r.forms = append(r.forms, f)
	}
	if len(r.forms) == 0 {
		return r, rec.Errorf(0, "%w: %s without any word", ErrRule, head)
	}
	return r, nil
}

func checkAttr(a attr) error {
	switch a.k {
	case "isin":
		if !ValidISIN(a.v) {
			return fmt.Errorf("%w: invalid ISIN %q (check digit)", ErrRule, a.v)
		}
	case "lei":
		if !ValidLEI(a.v) {
			return fmt.Errorf("%w: invalid LEI %q (ISO 7064 mod 97-10)", ErrRule, a.v)
		}
	case "case":
		if a.v != "exact" && a.v != "any" && a.v != "cap" && a.v != "lower" {
			return fmt.Errorf("%w: case= must be exact, cap, any or lower", ErrRule)
		}
	case "article", "guess", "lower":
		if a.v != "yes" && a.v != "no" {
			return fmt.Errorf("%w: %s= must be yes or no", ErrRule, a.k)
		}
	case "complement":
		if a.v != "any" && a.v != "cap" {
			return fmt.Errorf("%w: complement= must be any or cap", ErrRule)
		}
	case "skip":
		n, err := strconv.Atoi(a.v)
		if err != nil || n < 0 || n > 6 {
			return fmt.Errorf("%w: skip= must be a number from 0 to 6", ErrRule)
		}
	}
	return nil
}

// compilePattern compiles "pattern NAME TYPE EXPR key=value...".
func compilePattern(rec rulefile.Record, r rule) (rule, error) {
	f := rec.Fields
	if r.remove {
		if len(f) < 2 {
			return r, rec.Errorf(0, "%w: !pattern needs the name of the pattern to remove", ErrRule)
		}
		r.name = f[1]
		return r, nil
	}
	if len(f) < 4 {
		return r, rec.Errorf(0, "%w: pattern needs a name, a type and an expression", ErrRule)
	}
	r.name = f[1]
	if !isTypeWord(f[2]) {
		return r, rec.Errorf(2, "%w: pattern type %q is not an upper-case entity type", ErrRule, f[2])
	}
	r.typ = Type(f[2])
	expr := f[3]
	syntax, icase := "re2", false
	for i := 4; i < len(f); i++ {
		a, ok := splitAttr(f[i])
		if !ok {
			return r, rec.Errorf(i, "%w: want key=value after the expression", ErrRule)
		}
		switch a.k {
		case "syntax":
			if a.v != "re2" && a.v != "regexp2" {
				return r, rec.Errorf(i, "%w: syntax= must be re2 or regexp2", ErrRule)
			}
			syntax = a.v
		case "icase":
			icase = a.v == "1" || a.v == "true" || a.v == "yes"
		case "group":
			n, err := strconv.Atoi(a.v)
			if err != nil || n < 0 || n > 9 {
				return r, rec.Errorf(i, "%w: group= must be a number from 0 to 9", ErrRule)
			}
			r.group = n
		case "timeout":
			d, err := time.ParseDuration(a.v)
			if err != nil || d <= 0 || d > 10*time.Second {
				return r, rec.Errorf(i, "%w: timeout= must be a duration up to 10s, such as 50ms", ErrRule)
			}
			r.timeout = d
		default:
			if err := checkAttr(a); err != nil {
				return r, rec.Wrap(i, err)
			}
		}
		r.attrs = append(r.attrs, a)
	}
	var ngroups int
	if syntax == "regexp2" {
		t := r.timeout
		if t == 0 {
			t = DefaultPatternTimeout
		}
		re, err := rx.Compile(expr, icase, t)
		if err != nil {
			return r, rec.Wrap(3, fmt.Errorf("%w: %w", ErrRule, err))
		}
		r.re2 = re
		r.timeout = t
		ngroups = 9 // regexp2 does not say; checked at match time
	} else {
		if icase {
			expr = "(?i)" + expr
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return r, rec.Wrap(3, fmt.Errorf("%w: %w", ErrRule, err))
		}
		r.re = re
		ngroups = re.NumSubexp()
	}
	if r.group > ngroups {
		return r, rec.Errorf(3, "%w: group=%d but the expression has %d groups", ErrRule, r.group, ngroups)
	}
	return r, nil
}
