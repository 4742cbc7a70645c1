package clean

import (
	"strconv"
	"strings"

	"github.com/depeche-go/depeche/internal/text"
)

// Source priorities, as GUIDELINES.md orders them.
const (
	srcDateline = iota
	srcCopyright
	srcByline
	srcLine
	numSrc
)

// metaAcc gathers metadata while the rules run. Strings are slices of the
// input (no copies) except the ISO dates.
type metaAcc struct {
	source    [numSrc]string
	agency    string
	byline    string
	published string
	updated   string
	copyright string
	dateline  Dateline
	hasDL     bool
}

func group(text string, sub []int, g int) string {
	if g <= 0 || 2*g+1 >= len(sub) || sub[2*g] < 0 || sub[2*g+1] > len(text) {
		return ""
	}
	return strings.TrimSpace(text[sub[2*g]:sub[2*g+1]])
}

// add records what a matched rule says. text is the line's content; sub
// holds the submatch indices relative to text (nil for key rules).
func (m *metaAcc) add(ru *rule, kind Kind, text string, base int, sub []int) {
	level := srcLine
	switch kind {
	case KindCopyright:
		level = srcCopyright
		if m.copyright == "" {
			if sub != nil && ru.flags&flagPart != 0 {
				m.copyright = strings.TrimSpace(text[sub[0]:sub[1]])
			} else {
				m.copyright = text
			}
		}
	case KindByline, KindCredit:
		level = srcByline
	}
	if sub == nil {
		if kind == KindTimestamp && m.published == "" {
			m.published = isoDate(text)
		}
		return
	}
	if s := trimSource(group(text, sub, ru.groups[grpSource])); s != "" && m.source[level] == "" {
		m.source[level] = s
	}
	if a := trimSource(group(text, sub, ru.groups[grpAgency])); a != "" {
		if m.agency == "" {
			m.agency = a
		}
		if m.source[srcLine] == "" {
			m.source[srcLine] = a
		}
	}
	if b := group(text, sub, ru.groups[grpByline]); b != "" {
		m.addByline(b)
	}
	if kind == KindTimestamp || ru.groups[grpPublished] > 0 || ru.groups[grpUpdated] > 0 {
		p := group(text, sub, ru.groups[grpPublished])
		if p == "" && ru.groups[grpPublished] == 0 && kind == KindTimestamp {
			p = text[sub[0]:sub[1]]
		}
		if p != "" && m.published == "" {
			m.published = isoDate(p)
		}
		if u := group(text, sub, ru.groups[grpUpdated]); u != "" && m.updated == "" {
			m.updated = isoDate(u)
		}
	}
}

func (m *metaAcc) addByline(b string) {
	if m.byline == "" {
		m.byline = strings.TrimSpace(b)
	}
}

// trimSource cleans a captured publisher name: no surrounding punctuation.
func trimSource(s string) string {
	return strings.Trim(s, " .,;:-–—()[]\u00a0")
}

// setDateline records the dateline [a, b) of the input; base is the offset
// of the text the submatches refer to.
func (m *metaAcc) setDateline(ru *rule, input string, a, b, base int, sub []int) {
	if m.hasDL {
		return
	}
	m.hasDL = true
	text := input[base:]
	m.dateline = Dateline{Text: input[a:b], Start: a, End: b,
		Place: group(text, sub, ru.groups[grpPlace])}
	if d := group(text, sub, ru.groups[grpDate]); d != "" {
		m.dateline.Date = isoDate(d)
	}
	if s := trimSource(group(text, sub, ru.groups[grpSource])); s != "" {
		m.source[srcDateline] = s
	}
}

// fill copies the metadata into r.
func (m *metaAcc) fill(r *Result, input string, html bool) {
	for _, s := range m.source {
		if s != "" {
			r.Source = s
			break
		}
	}
	r.Agency = m.agency
	r.Byline = m.byline
	r.Published = m.published
	r.Updated = m.updated
	r.Copyright = m.copyright
	if m.hasDL {
		r.Dateline = m.dateline
	}
	for _, s := range r.Segments {
		if s.Role == RoleTitle {
			a, b := trimSpan(input, s.Start, s.End)
			if r.Title == "" {
				r.Title = input[a:b]
			} else {
				r.Title += " " + input[a:b] // a title split by a removed fragment
			}
		}
	}
	switch {
	case html && r.Title != "":
		// a page's headline holds character references: decode them
		r.Title = strings.TrimSpace(Normalize(r.Title))
	}
	// A plain-text title stays the exact line, mojibake included, as the
	// annotation guidelines want it ("exact title line"): the body and the
	// stages read it repaired (see Repairs).
}

var frMonths = map[string]int{
	"janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
	"avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
	"septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
	"decembre": 12, "dec": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// isoDate reads a French date (and time) and returns it in ISO 8601:
// "2026-03-12" or "2026-03-12T08:15:00" when a time is given; "" when the
// text holds no full date (day, month and year). It reads "12/03/2026",
// "12/03/2026 à 08h15", "Publié le 7 déc. 2023 à 19:02", "vendredi 29 août
// 2008 14h27", "24 octobre 2003, 0h00".
func isoDate(s string) string {
	key := string(text.AppendKeyLimit(nil, s, 200))
	toks := splitDateTokens(key)
	day, month, year, hour, minute := 0, 0, 0, -1, -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case strings.Count(t, "/") == 2 && day == 0:
			p := strings.Split(t, "/")
			d, e1 := strconv.Atoi(p[0])
			mo, e2 := strconv.Atoi(p[1])
			y, e3 := strconv.Atoi(p[2])
			if e1 == nil && e2 == nil && e3 == nil {
				if y < 100 {
					y += 2000
				}
				day, month, year = d, mo, y
			}
		case isTime(t) && hour < 0 && day > 0:
			hour, minute = parseTime(t)
		case frMonths[strings.TrimSuffix(t, ".")] > 0 && month == 0:
			month = frMonths[strings.TrimSuffix(t, ".")]
			if i > 0 {
				if d, err := strconv.Atoi(strings.TrimSuffix(toks[i-1], "er")); err == nil {
					day = d
				}
			}
			if i+1 < len(toks) {
				if y, err := strconv.Atoi(toks[i+1]); err == nil && y >= 1900 && y < 2200 {
					year = y
					i++
				}
			}
		}
	}
	if day < 1 || day > 31 || month < 1 || month > 12 || year < 1900 || year > 2199 {
		return ""
	}
	b := make([]byte, 0, 19)
	b = appendInt(b, year, 4)
	b = append(b, '-')
	b = appendInt(b, month, 2)
	b = append(b, '-')
	b = appendInt(b, day, 2)
	if hour >= 0 && hour < 24 && minute >= 0 && minute < 60 {
		b = append(b, 'T')
		b = appendInt(b, hour, 2)
		b = append(b, ':')
		b = appendInt(b, minute, 2)
		b = append(b, ":00"...)
	}
	return string(b)
}

func splitDateTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '[' || r == ']' || r == '(' || r == ')' || r == '-' || r == '•'
	})
}

func isTime(t string) bool {
	i := strings.IndexAny(t, "h:")
	if i < 1 || i > 2 {
		return false
	}
	for _, c := range t[:i] {
		if c < '0' || c > '9' {
			return false
		}
	}
	rest := t[i+1:]
	if len(rest) > 0 && rest[len(rest)-1] == 'm' {
		return false
	}
	if len(rest) >= 2 {
		rest = rest[:2]
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func parseTime(t string) (int, int) {
	i := strings.IndexAny(t, "h:")
	h, _ := strconv.Atoi(t[:i])
	rest := t[i+1:]
	if len(rest) > 2 {
		rest = rest[:2]
	}
	m := 0
	if rest != "" {
		m, _ = strconv.Atoi(rest)
	}
	return h, m
}

func appendInt(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
