package clean

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"time"

	"github.com/depeche-go/depeche/internal/rulefile"
	"github.com/depeche-go/depeche/internal/rx"
	"github.com/depeche-go/depeche/internal/text"
)

// RuleError is a malformed rule: the file, line, column and byte offset of
// the offending field and what is wrong. Use [errors.As] to get it from the
// errors of [ParseRules], [LoadRules] and [New].
type RuleError = rulefile.RuleError

// ErrRule is wrapped by the errors about the meaning of a record (an unknown
// kind, form or flag, a pattern that does not compile, a missing field).
var ErrRule = errors.New("clean: bad rule")

//go:embed rules/*.rules
var defaultRuleFiles embed.FS

// RuleSet is a parsed set of clean rules: boilerplate patterns, datelines and
// terminators, in the order they were read. It is immutable once returned and
// safe for concurrent use.
type RuleSet struct {
	recs []ruleRec
}

// Len returns the number of records in the set, removals included.
func (rs *RuleSet) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.recs)
}

// form is how a rule's pattern is matched against a line.
type form uint8

const (
	formLine   form = iota + 1 // the line's key equals the pattern's key
	formPrefix                 // the line's key starts with the pattern's key
	formRe                     // standard regexp on the line
	formRe2                    // extended regexp (internal/rx) on the line
)

var formNames = map[string]form{"line": formLine, "prefix": formPrefix, "re": formRe, "re2": formRe2}

// flags modify where and how a rule applies.
type flags uint8

const (
	flagPart  flags = 1 << iota // remove only the match (or its "cut" group), not the line
	flagEnd                     // terminator: once the body has started, the rest goes too
	flagHead                    // only before the body starts
	flagTail                    // only after the body has started
	flagCue                     // a read-more cue: when bare, the link titles after it go too
	flagPlace                   // a dateline without date or source needs a listed place
)

var flagNames = map[string]flags{"part": flagPart, "end": flagEnd, "head": flagHead, "tail": flagTail, "cue": flagCue, "place": flagPlace}

// kindDateline marks a dateline rule: kept, with the role dateline.
const kindDateline Kind = 255

// kindPlace marks a place record: a list of the places that a dateline
// rule flagged place accepts without a date or a source.
const kindPlace Kind = 254

// ruleRec is one parsed record.
type ruleRec struct {
	remove  bool
	kind    Kind
	name    string
	form    form
	pattern string
	flags   flags
	rec     rulefile.Record
}

// DefaultRules returns the embedded default rules (rules/*.rules). The set is
// built once and shared; it is immutable.
func DefaultRules() *RuleSet {
	rs, err := defaultRules()
	if err != nil {
		panic("clean: default rules do not parse: " + err.Error())
	}
	return rs
}

var defaultRules = sync.OnceValues(func() (*RuleSet, error) {
	return LoadRules(defaultRuleFiles, "rules/*.rules")
})

// ParseRules parses one rule file. name identifies it in errors. Each
// record has four or five tab-separated fields:
//
//	KIND	NAME	FORM	PATTERN	[FLAGS]
//
// and a record "!NAME" removes the rule of that name defined by an earlier
// set. See the package documentation for the meaning of each field. It
// returns a *[RuleError] for a malformed record, including a pattern that
// does not compile.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	recs, err := rulefile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	rs := &RuleSet{}
	for _, r := range recs {
		rr, err := parseRecord(r)
		if err != nil {
			return nil, err
		}
		rs.recs = append(rs.recs, rr)
	}
	return rs, nil
}

// LoadRules reads and parses every file of fsys matching pattern (as
// [fs.Glob]), in name order, into one set. It returns the glob error, a read
// error, or the first *[RuleError].
func LoadRules(fsys fs.FS, pattern string) (*RuleSet, error) {
	files, err := rulefile.Load(fsys, pattern)
	if err != nil {
		return nil, err
	}
	rs := &RuleSet{}
	for _, f := range files {
		for _, r := range f.Records {
			rr, err := parseRecord(r)
			if err != nil {
				return nil, err
			}
			rs.recs = append(rs.recs, rr)
		}
	}
	return rs, nil
}

func parseRecord(r rulefile.Record) (ruleRec, error) {
	if r.Remove {
		if len(r.Fields) != 1 {
			return ruleRec{}, r.Errorf(1, "%w: a removal has one field, the rule name", ErrRule)
		}
		return ruleRec{remove: true, name: r.Fields[0], rec: r}, nil
	}
	if len(r.Fields) < 4 || len(r.Fields) > 5 {
		return ruleRec{}, r.Errorf(len(r.Fields), "%w: want KIND, NAME, FORM, PATTERN and optional FLAGS, got %d fields", ErrRule, len(r.Fields))
	}
	rr := ruleRec{name: r.Fields[1], pattern: r.Fields[3], rec: r}
	switch r.Fields[0] {
	case "dateline":
		rr.kind = kindDateline
	case "place":
		rr.kind = kindPlace
	default:
		k, ok := ParseKind(r.Fields[0])
		if !ok {
			return ruleRec{}, r.Errorf(0, "%w: unknown kind %q", ErrRule, r.Fields[0])
		}
		rr.kind = k
	}
	f, ok := formNames[r.Fields[2]]
	if !ok {
		return ruleRec{}, r.Errorf(2, "%w: unknown form %q (want line, prefix, re or re2)", ErrRule, r.Fields[2])
	}
	rr.form = f
	if len(r.Fields) == 5 {
		for _, fl := range strings.Split(r.Fields[4], ",") {
			v, ok := flagNames[strings.TrimSpace(fl)]
			if !ok {
				return ruleRec{}, r.Errorf(4, "%w: unknown flag %q (want part, end, head, tail, cue or place)", ErrRule, fl)
			}
			rr.flags |= v
		}
	}
	if rr.flags&flagPart != 0 && rr.form != formRe && rr.form != formRe2 {
		return ruleRec{}, r.Errorf(4, "%w: flag part needs form re or re2", ErrRule)
	}
	if rr.kind == kindDateline && rr.form != formRe && rr.form != formRe2 {
		return ruleRec{}, r.Errorf(2, "%w: a dateline rule needs form re or re2", ErrRule)
	}
	if rr.flags&flagPlace != 0 && rr.kind != kindDateline {
		return ruleRec{}, r.Errorf(4, "%w: flag place is for dateline rules", ErrRule)
	}
	if rr.kind == kindPlace {
		if rr.form != formLine {
			return ruleRec{}, r.Errorf(2, "%w: a place record needs form line", ErrRule)
		}
		if rr.flags != 0 {
			return ruleRec{}, r.Errorf(4, "%w: a place record takes no flags", ErrRule)
		}
		if len(placeKeys(rr.pattern)) == 0 {
			return ruleRec{}, r.Errorf(3, "%w: empty place list", ErrRule)
		}
		return rr, nil
	}
	// Compile once here so that errors point at the record.
	if _, err := compileRule(rr, 0); err != nil {
		return ruleRec{}, err
	}
	return rr, nil
}

// placeKeys returns the lookup keys of a place list ("Montréal|Québec").
func placeKeys(list string) []string {
	var out []string
	for p := range strings.SplitSeq(list, "|") {
		if k := text.AppendKey(nil, p); len(k) > 0 {
			out = append(out, string(k))
		}
	}
	return out
}

// rule is a compiled rule.
type rule struct {
	kind   Kind
	name   string
	form   form
	flags  flags
	key    string         // formLine, formPrefix: the pattern's key
	re     *regexp.Regexp // formRe
	x      *rx.Regexp     // formRe2
	filter filter         // what a line must hold to match
	id     int            // index of a regexp rule, for the needle scan; -1 = none
	after  string         // rule name for the lines after a terminator
	link   string         // rule name for the link titles after a bare cue
	groups [numGroups]int // submatch index of each named group, 0 = absent
}

// Named groups that fill metadata.
const (
	grpSource = iota
	grpAgency
	grpByline
	grpPlace
	grpDate
	grpPublished
	grpUpdated
	grpCut
	grpLink
	numGroups
)

var groupNames = [numGroups]string{"source", "agency", "byline", "place", "date", "published", "updated", "cut", "link"}

func compileRule(rr ruleRec, timeout time.Duration) (*rule, error) {
	ru := &rule{kind: rr.kind, name: rr.name, form: rr.form, flags: rr.flags, after: rr.name + "-after", link: rr.name + "-link"}
	switch rr.form {
	case formLine, formPrefix:
		ru.key = string(text.AppendKey(nil, rr.pattern))
		if ru.key == "" {
			return nil, rr.rec.Errorf(3, "%w: empty pattern", ErrRule)
		}
	case formRe:
		re, err := regexp.Compile(widenSpaces(rr.pattern))
		if err != nil {
			return nil, rr.rec.Wrap(3, fmt.Errorf("%w: %w", ErrRule, err))
		}
		ru.re = re
		for i, n := range re.SubexpNames() {
			for g, gn := range groupNames {
				if n == gn && ru.groups[g] == 0 {
					ru.groups[g] = i
				}
			}
		}
		ru.filter = analyze(rr.pattern)
	case formRe2:
		x, err := rx.Compile(rr.pattern, false, timeout)
		if err != nil {
			return nil, rr.rec.Wrap(3, fmt.Errorf("%w: %w", ErrRule, err))
		}
		ru.x = x
		// regexp2 numbers named groups after the unnamed ones; the group
		// names are read with the standard parser when it accepts the
		// pattern, else the extended rule fills no metadata.
		if p, err := syntax.Parse(rr.pattern, syntax.Perl); err == nil {
			names := p.CapNames()
			for i, n := range names {
				for g, gn := range groupNames {
					if n == gn && ru.groups[g] == 0 {
						ru.groups[g] = i
					}
				}
			}
			ru.filter = analyze(rr.pattern)
		}
	}
	return ru, nil
}

// widenSpaces rewrites \s in a standard pattern so that it also matches the
// no-break spaces U+00A0 and U+202F, which French text puts before ":" and
// inside numbers.
func widenSpaces(expr string) string {
	if !strings.Contains(expr, `\s`) {
		return expr
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case c == '\\' && i+1 < len(expr):
			if expr[i+1] == 's' {
				if inClass {
					b.WriteString(`\s\x{a0}\x{202f}`)
				} else {
					b.WriteString(`[\s\x{a0}\x{202f}]`)
				}
			} else {
				b.WriteByte(c)
				b.WriteByte(expr[i+1])
			}
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
			if i+1 < len(expr) && expr[i+1] == ']' { // "[]...]": literal ]
				b.WriteString("[]")
				i++
				continue
			}
		case c == ']' && inClass:
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// compiled is the stacked, compiled form of rule sets.
type compiled struct {
	lines    map[string]*rule // formLine by key
	maxLine  int              // longest formLine key
	prefixes map[string]*rule // formPrefix by key
	plens    []int            // distinct prefix key lengths, ascending
	whole    []*rule          // formRe/formRe2 whole-line rules, in order
	parts    []*rule          // part rules, in order
	// The rules that may run on a line, by phase (before the body: no
	// rule flagged tail; in the body: no rule flagged head), then by the
	// first byte of the lowered line.
	wholeBy  [2][256][]*rule // whole rules
	partsBy  [2][256][]*rule // part rules
	wholeDot [2][256][]*rule // the rules of wholeBy that a line ending with a period may match
	partsDot [2][256][]*rule // the rules of partsBy that a line ending with a period may match
	dates    []*rule         // dateline rules, in order
	places   map[string]bool // keys of the listed places (place records)
	maxKey   int             // longest key needed (lines and prefixes)

	// needleIdx maps the hash of the first three bytes of every needle of the regexp
	// rules to its bucket (0: none), so that one pass over a line finds
	// which rules may match it; by phase, as wholeBy (the scan of a line
	// of the body does not look for the needles of the rules flagged head).
	needleIdx [2]*[1 << 16]uint16
	buckets   [2][][]needleRef
}

// Phases of a document: before the body starts, and after.
const (
	phaseHead = iota
	phaseBody
)

// inPhase reports whether rule ru may run in phase p.
func inPhase(ru *rule, p int) bool {
	if p == phaseHead {
		return ru.flags&flagTail == 0
	}
	return ru.flags&flagHead == 0
}

// needleRef is one needle of rule number rule.
type needleRef struct {
	needle []byte
	rule   int
}

// byFirst files each rule under the first bytes a lowered line that it
// matches may start with, keeping the order of rules; dot gets those of
// them that a line ending with a period may match (most prose lines end
// with one, and many rules end with a word).
func byFirst(by, dot *[2][256][]*rule, rules []*rule) {
	for _, ru := range rules {
		var ok [256]bool
		switch f := &ru.filter; {
		case f.leads != nil:
			for _, l := range f.leads {
				ok[l[0]] = true
			}
		case f.first != nil:
			ok = *f.first
		default:
			for i := range ok {
				ok[i] = true
			}
		}
		endsDot := ru.filter.last == nil || ru.filter.last['.']
		for p := range by {
			if !inPhase(ru, p) {
				continue
			}
			for i, yes := range ok {
				if yes {
					by[p][i] = append(by[p][i], ru)
					if endsDot {
						dot[p][i] = append(dot[p][i], ru)
					}
				}
			}
		}
	}
}

// needleHash hashes the first three bytes of a needle (every needle has
// three or more).
func needleHash(a, b, c byte) uint16 {
	return uint16((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> 16)
}

// maxIndexed is the number of regexp rules whose needles are indexed; the
// others test their needles one by one.
const maxIndexed = 8 * 64

func (c *compiled) indexNeedles() {
	for p := range c.needleIdx {
		c.needleIdx[p] = new([1 << 16]uint16)
		c.buckets[p] = [][]needleRef{nil}
	}
	id := 0
	for _, group := range [][]*rule{c.whole, c.parts, c.dates} {
		for _, ru := range group {
			ru.id = -1
			if ru.filter.needles == nil || id >= maxIndexed || len(c.buckets[phaseHead]) >= 1<<16-1 {
				continue
			}
			ru.id = id
			for p := range c.needleIdx {
				if !inPhase(ru, p) {
					continue
				}
				idx := c.needleIdx[p]
				for _, n := range ru.filter.needles {
					k := needleHash(n[0], n[1], n[2])
					b := idx[k]
					if b == 0 {
						b = uint16(len(c.buckets[p]))
						c.buckets[p] = append(c.buckets[p], nil)
						idx[k] = b
					}
					c.buckets[p][b] = append(c.buckets[p][b], needleRef{needle: n, rule: id})
				}
			}
			id++
		}
	}
}

// compileSets stacks the rule sets (a later rule of the same name replaces
// an earlier one in place; a removal drops it) and compiles the result.
func compileSets(sets []*RuleSet, timeout time.Duration) (*compiled, error) {
	byName := map[string]int{}
	var list []ruleRec
	for _, rs := range sets {
		if rs == nil {
			continue
		}
		for _, rr := range rs.recs {
			if rr.remove {
				if i, ok := byName[rr.name]; ok {
					list[i].remove = true // tombstone
					delete(byName, rr.name)
				}
				continue
			}
			if i, ok := byName[rr.name]; ok {
				list[i] = rr // override in place, keeping the order
				continue
			}
			byName[rr.name] = len(list)
			list = append(list, rr)
		}
	}
	c := &compiled{lines: map[string]*rule{}, prefixes: map[string]*rule{}, places: map[string]bool{}}
	seen := map[int]bool{}
	for _, rr := range list {
		if rr.remove {
			continue
		}
		if rr.kind == kindPlace {
			for _, k := range placeKeys(rr.pattern) {
				c.places[k] = true
			}
			continue
		}
		ru, err := compileRule(rr, timeout)
		if err != nil {
			return nil, err
		}
		switch {
		case ru.kind == kindDateline:
			c.dates = append(c.dates, ru)
		case ru.form == formLine:
			if _, dup := c.lines[ru.key]; !dup {
				c.lines[ru.key] = ru
			}
			c.maxLine = max(c.maxLine, len(ru.key))
		case ru.form == formPrefix:
			if _, dup := c.prefixes[ru.key]; !dup {
				c.prefixes[ru.key] = ru
			}
			if !seen[len(ru.key)] {
				seen[len(ru.key)] = true
				c.plens = append(c.plens, len(ru.key))
			}
		case ru.flags&flagPart != 0:
			c.parts = append(c.parts, ru)
		default:
			c.whole = append(c.whole, ru)
		}
	}
	for i := 1; i < len(c.plens); i++ {
		for j := i; j > 0 && c.plens[j] < c.plens[j-1]; j-- {
			c.plens[j], c.plens[j-1] = c.plens[j-1], c.plens[j]
		}
	}
	c.indexNeedles()
	byFirst(&c.wholeBy, &c.wholeDot, c.whole)
	byFirst(&c.partsBy, &c.partsDot, c.parts)
	c.maxKey = c.maxLine + 1
	if n := len(c.plens); n > 0 && c.plens[n-1] > c.maxKey {
		c.maxKey = c.plens[n-1]
	}
	return c, nil
}
