package quotes

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/depeche-go/depeche/internal/rulefile"
)

// RuleError is a malformed rule: the file, line, column, byte offset and what
// is wrong. Use [errors.As] to get it from the errors of [ParseRules],
// [LoadRules] and [New].
type RuleError = rulefile.RuleError

//go:embed rules/*.rules
var defaultFS embed.FS

// RuleSet is a parsed set of quote rules: reporting verbs, cues, relay frames,
// speaker nouns and outlets. A RuleSet is immutable and safe for concurrent
// use; [New] stacks rule sets on the defaults.
type RuleSet struct {
	name    string
	records []rule
}

// ruleKind is the first field of a record.
type ruleKind uint8

const (
	kindVerb ruleKind = iota
	kindCue
	kindRelay
	kindAgent
	kindNoSource
	kindTitle
	kindOutlet
)

var kindNames = map[string]ruleKind{
	"verb": kindVerb, "cue": kindCue, "relay": kindRelay, "agent": kindAgent,
	"nosource": kindNoSource, "title": kindTitle, "outlet": kindOutlet,
}

// rule is one record: its kind, its key (the entry it defines or removes) and
// its fields.
type rule struct {
	kind   ruleKind
	key    string // kind + "\t" + lookup key of the entry
	remove bool
	fields []string // the fields after the kind
	forms  []string // verb forms / outlet aliases
}

// Verb classes and roles accepted in rule files.
var (
	verbClasses = map[string]bool{"DECL": true, "ADD": true, "EXPL": true, "OPIN": true, "ANNC": true,
		"CONF": true, "DENY": true, "CRIT": true, "POS": true, "WARN": true, "REQ": true, "PROM": true,
		"FCST": true, "ASK": true, "REPL": true, "MANNER": true, "WRITE": true}
	verbFlags  = map[string]bool{"AMBIG": true, "PRON": true, "PHRASE": true, "NOQUE": true, "FIGURE": true, "NUMBER": true}
	cueRoles   = map[string]bool{"SOURCE": true, "INITIAL": true}
	relayRoles = map[string]bool{"MEDIUM": true, "TO": true, "INTERVIEW": true, "CHANNEL": true}
	agentKinds = map[string]bool{"COMPANY": true, "ANALYST": true, "MEDIA": true, "PERSON": true, "DOC": true, "ANON": true, "ORG": true, "STAFF": true}
)

// ParseRules parses one rule file. name identifies it in errors. The format is
// described in the package documentation. It returns a *[RuleError] for a
// malformed record: an unknown record kind, a missing field, an unknown verb
// class, flag, cue role, relay role or agent kind.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	recs, err := rulefile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	rs := &RuleSet{name: name}
	for _, rec := range recs {
		r, err := parseRecord(rec)
		if err != nil {
			return nil, err
		}
		rs.records = append(rs.records, r)
	}
	return rs, nil
}

func parseRecord(rec rulefile.Record) (rule, error) {
	k, ok := kindNames[rec.Fields[0]]
	if !ok {
		return rule{}, rec.Errorf(0, "quotes: unknown record kind %q (want verb, cue, relay, agent, nosource, title or outlet)", rec.Fields[0])
	}
	f := rec.Fields[1:]
	r := rule{kind: k, remove: rec.Remove, fields: f}
	if len(f) == 0 {
		return rule{}, rec.Errorf(0, "quotes: %s record without an entry", rec.Fields[0])
	}
	r.key = rec.Fields[0] + "\t" + keyOf(f[0])
	if strings.TrimSpace(keyOf(f[0])) == "" {
		return rule{}, rec.Errorf(1, "quotes: empty entry")
	}
	if r.remove {
		return r, nil
	}
	need := map[ruleKind]int{kindVerb: 4, kindCue: 2, kindRelay: 2, kindAgent: 2, kindNoSource: 1, kindTitle: 1, kindOutlet: 2}[k]
	if len(f) < need {
		return rule{}, rec.Errorf(len(rec.Fields)-1, "quotes: %s record needs %d fields after the kind, got %d", rec.Fields[0], need, len(f))
	}
	switch k {
	case kindVerb:
		if !verbClasses[f[1]] {
			return rule{}, rec.Errorf(2, "quotes: unknown verb class %q", f[1])
		}
		if f[2] != "-" {
			for _, fl := range strings.Split(f[2], ",") {
				if !verbFlags[strings.TrimSpace(fl)] {
					return rule{}, rec.Errorf(3, "quotes: unknown verb flag %q", fl)
				}
			}
		}
		r.forms = append(r.forms, f[0])
		for _, fm := range strings.Split(strings.Join(f[3:], ","), ",") {
			if fm = strings.TrimSpace(fm); fm != "" {
				r.forms = append(r.forms, fm)
			}
		}
	case kindCue:
		if !cueRoles[f[1]] {
			return rule{}, rec.Errorf(2, "quotes: unknown cue role %q", f[1])
		}
	case kindRelay:
		if !relayRoles[f[1]] {
			return rule{}, rec.Errorf(2, "quotes: unknown relay role %q", f[1])
		}
	case kindAgent:
		if !agentKinds[f[1]] {
			return rule{}, rec.Errorf(2, "quotes: unknown agent kind %q", f[1])
		}
	case kindOutlet:
		r.forms = append(r.forms, f[1:]...)
	}
	return r, nil
}

// LoadRules reads and parses every file of fsys matching pattern (as
// [fs.Glob]), in name order, into one rule set. It returns the [fs.Glob]
// error for a bad pattern, a read error, or a *[RuleError].
func LoadRules(fsys fs.FS, pattern string) (*RuleSet, error) {
	files, err := rulefile.Load(fsys, pattern)
	if err != nil {
		return nil, err
	}
	rs := &RuleSet{name: pattern}
	for _, f := range files {
		for _, rec := range f.Records {
			r, err := parseRecord(rec)
			if err != nil {
				return nil, err
			}
			rs.records = append(rs.records, r)
		}
	}
	return rs, nil
}

var defaultRules = sync.OnceValues(func() (*RuleSet, error) { return LoadRules(defaultFS, "rules/*.rules") })

// DefaultRules returns the embedded default rule set. It is shared and
// immutable.
func DefaultRules() *RuleSet {
	rs, err := defaultRules()
	if err != nil {
		panic(fmt.Sprintf("quotes: default rules do not parse: %v", err))
	}
	return rs
}

// Len returns the number of records in the rule set, removals included.
func (rs *RuleSet) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.records)
}

// stack merges rule sets in order: a later record replaces an earlier one with
// the same key; a removal deletes it. The result keeps first-definition order.
func stack(sets []*RuleSet) []rule {
	idx := map[string]int{}
	var out []rule
	for _, rs := range sets {
		if rs == nil {
			continue
		}
		for _, r := range rs.records {
			i, ok := idx[r.key]
			if r.remove {
				if ok {
					out[i].remove = true
				}
				continue
			}
			if ok {
				out[i] = r
				continue
			}
			idx[r.key] = len(out)
			out = append(out, r)
		}
	}
	kept := out[:0]
	for _, r := range out {
		if !r.remove {
			kept = append(kept, r)
		}
	}
	return kept
}
