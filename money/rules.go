package money

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/depeche-go/depeche/internal/rulefile"
)

//go:embed rules/*.rules
var defaultRuleFiles embed.FS

// RuleError is a malformed rule: file, line, column, byte offset and what is
// wrong. Use [errors.As] to get it from the errors of [ParseRules],
// [LoadRules] and [New].
type RuleError = rulefile.RuleError

// ErrRule is wrapped by every [RuleError] that the money package reports for
// a record it does not understand.
var ErrRule = errors.New("money: bad rule")

// RuleSet is a parsed set of money rules (currencies, scale words, written
// numbers, qualifiers, per-unit words, change verbs and context words). It
// is immutable and safe for concurrent use. See the package documentation
// for the format.
type RuleSet struct {
	recs []rule
}

// rule is one checked record.
type rule struct {
	kind   string
	value  string // "" for a removal
	forms  []string
	remove bool
}

var kinds = map[string]bool{
	"name": true, "symbol": true, "suffix": true, "scale": true, "abbr": true,
	"number": true, "about": true, "qualifier": true, "per": true, "count": true, "change": true, "context": true,
}

// ParseRules parses one rule file. name identifies it in errors. It returns a
// *[RuleError] for invalid UTF-8, an unknown kind, a bad value (an unknown
// ISO code form, a non-numeric exponent) or a record without forms.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	recs, err := rulefile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	return fromRecords(recs)
}

// checkValue validates the value field of a record of kind k.
func checkValue(k, v string) error {
	switch k {
	case "name", "symbol", "suffix":
		_, _, _, err := parseCode(v)
		return err
	case "scale", "abbr":
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 24 {
			return fmt.Errorf("exponent %q is not a number from 1 to 24", v)
		}
	case "number", "about":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			return fmt.Errorf("value %q is not a number from 0 to 1000", v)
		}
	case "qualifier":
		if v != "approx" && v != "lower" && v != "upper" {
			return fmt.Errorf("qualifier %q is not approx, lower or upper", v)
		}
	case "context":
		fam, code, ok := strings.Cut(v, "=")
		if !ok {
			return fmt.Errorf("context %q is not FAMILY=CODE", v)
		}
		if _, _, _, err := parseCode(fam); err != nil || !strings.HasPrefix(fam, "~") {
			return fmt.Errorf("context family %q is not ~CODE", fam)
		}
		if !isCode(code) {
			return fmt.Errorf("context code %q is not an ISO 4217 code", code)
		}
	}
	return nil
}

// parseCode reads "CODE", "~CODE", "CODE/100", "~CODE/100".
func parseCode(v string) (code string, ambiguous, minor bool, err error) {
	if strings.HasPrefix(v, "~") {
		ambiguous, v = true, v[1:]
	}
	if c, ok := strings.CutSuffix(v, "/100"); ok {
		minor, v = true, c
	}
	if !isCode(v) {
		return "", false, false, fmt.Errorf("%q is not an ISO 4217 code (three capital letters, optional ~ and /100)", v)
	}
	return v, ambiguous, minor, nil
}

func isCode(v string) bool {
	if len(v) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if v[i] < 'A' || v[i] > 'Z' {
			return false
		}
	}
	return true
}

// LoadRules reads every file of fsys matching pattern (as [fs.Glob]) in name
// order and parses them into one rule set. It returns the [fs.Glob] error
// for a bad pattern, a read error, or the first *[RuleError].
func LoadRules(fsys fs.FS, pattern string) (*RuleSet, error) {
	files, err := rulefile.Load(fsys, pattern)
	if err != nil {
		return nil, err
	}
	rs := &RuleSet{}
	for _, f := range files {
		one, err := fromRecords(f.Records)
		if err != nil {
			return nil, err
		}
		rs.recs = append(rs.recs, one.recs...)
	}
	return rs, nil
}

// fromRecords checks already split records (as ParseRules does).
func fromRecords(recs []rulefile.Record) (*RuleSet, error) {
	rs := &RuleSet{}
	for _, r := range recs {
		k := r.Fields[0]
		if !kinds[k] {
			return nil, r.Errorf(0, "%w: unknown kind %q", ErrRule, k)
		}
		if r.Remove {
			if len(r.Fields) < 2 {
				return nil, r.Errorf(0, "%w: a removal names the forms to remove", ErrRule)
			}
			rs.recs = append(rs.recs, rule{kind: k, forms: r.Fields[1:], remove: true})
			continue
		}
		if len(r.Fields) < 3 {
			return nil, r.Errorf(len(r.Fields), "%w: %s needs a value and at least one form", ErrRule, k)
		}
		if err := checkValue(k, r.Fields[1]); err != nil {
			return nil, r.Wrap(1, fmt.Errorf("%w: %v", ErrRule, err))
		}
		for i, f := range r.Fields[2:] {
			if len(f) > 64 {
				return nil, r.Errorf(i+2, "%w: form longer than 64 bytes", ErrRule)
			}
		}
		rs.recs = append(rs.recs, rule{kind: k, value: r.Fields[1], forms: r.Fields[2:]})
	}
	return rs, nil
}

var defaultRules = sync.OnceValue(func() *RuleSet {
	rs, err := LoadRules(defaultRuleFiles, "rules/*.rules")
	if err != nil {
		panic("money: default rules: " + err.Error())
	}
	return rs
})

// DefaultRules returns the embedded default rule set (rules/*.rules). It is
// shared and immutable.
func DefaultRules() *RuleSet { return defaultRules() }

// Len returns the number of records in the set.
func (rs *RuleSet) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.recs)
}
