package clean

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// Source priorities, as GUIDELINES.md orders them.
const (
	srcDateline = iota
	srcCopyright
	srcByline
	srcLine
	srcHeader // a page header before the body ("L'Agefi - 12/03/2026"): a rule flagged head
	numSrc
)

// metaAcc gathers metadata while the rules run. Strings are slices of the
// input (no copies) except the ISO dates.
type metaAcc struct {
	source      [numSrc]string
	agency      string
	byline      string
	published   string
	pubFallback bool // published was read from an update time
	updated     string
	copyright   string
	dateline    Dateline
	hasDL       bool
	places      map[string]bool // the listed places: no page header's outlet
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
	if ru.flags&flagHead != 0 {
		level = srcHeader
	}
	if sub == nil {
		if kind == KindTimestamp && (m.published == "" || m.pubFallback) {
			if d := isoDate(text); d != "" {
				m.published, m.pubFallback = d, false
			}
		}
		return
	}
	if s := trimSource(group(text, sub, ru.groups[grpSource])); s != "" && m.source[level] == "" &&
		(level != srcHeader || !m.isPlace(s)) {
		if level == srcCopyright {
			s = trimLegalForm(s)
		}
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
		fallback := false
		if p == "" && ru.groups[grpPublished] == 0 && kind == KindTimestamp {
			// a time with no role ("07/04/2026 08:30"), or an update
			// time: the published time until a line gives one
			p = text[sub[0]:sub[1]]
			fallback = ru.groups[grpUpdated] > 0
		}
		if p != "" && (m.published == "" || m.pubFallback && !fallback) {
			if d := isoDate(p); d != "" || m.published == "" {
				m.published, m.pubFallback = d, fallback
			}
		}
		if u := group(text, sub, ru.groups[grpUpdated]); u != "" && m.updated == "" {
			m.updated = isoDate(u)
		}
	}
}

// isPlace reports whether s is a listed place ("PARIS - 12/03/2026" heads a
// page with its dateline, not its outlet).
func (m *metaAcc) isPlace(s string) bool {
	return len(m.places) > 0 && m.places[string(text.AppendKey(nil, s))]
}

func (m *metaAcc) addByline(b string) {
	if m.byline == "" {
		m.byline = trimByline(b)
	}
}

// trimByline trims the white space around an author's name and the period
// that ends its line ("Article rédigé par Claire Morin." gives "Claire
// Morin"), not the period of an initial ("J.-M.").
func trimByline(b string) string {
	b = strings.TrimSpace(b)
	if t, ok := strings.CutSuffix(b, "."); ok && len(t) > 1 {
		if r, _ := utf8.DecodeLastRuneInString(t); unicode.IsLower(r) {
			return t
		}
	}
	return b
}

// trimSource cleans a captured publisher name: no surrounding punctuation.
func trimSource(s string) string {
	return strings.Trim(s, " .,;:-–—()[]\u00a0")
}

// legalForms are the legal forms that a copyright holder's name may end
// with; the source is the name without them ("Exemple Médias SA").
var legalForms = [...]string{"SA", "S.A", "SAS", "AG", "Inc", "Ltd", "LLC", "plc", "PLC", "GmbH", "Corp", "NV", "BV", "SE", "Limited"}

// trimLegalForm removes a legal form that ends a holder's name, with the
// comma before it: "Dow Jones & Company, Inc." reads "Dow Jones & Company".
func trimLegalForm(s string) string {
	t := strings.TrimSuffix(s, ".")
	for _, f := range legalForms {
		if rest, ok := strings.CutSuffix(t, f); ok && len(rest) > 1 && (rest[len(rest)-1] == ' ' || rest[len(rest)-1] == ',') {
			return trimSource(rest)
		}
	}
	return s
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
	if html && r.Title != "" {
		// a page's headline: its character references decoded and its
		// tags left out, the text otherwise as written (no typographic
		// rewriting: the title is the line as the page shows it).
		r.Title = pageTitle(r.Title)
	}
	// A plain-text title stays the exact line, mojibake included, as the
	// annotation guidelines want it ("exact title line"): the body and the
	// stages read it repaired (see Repairs).
}

var months = map[string]int{
	"janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
	"avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
	"septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
	"decembre": 12, "dec": 12,
	"january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
	"jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "october": 10,
	"november": 11, "december": 12,
}

// isoDate reads a date (and time) in French or English and returns it in
// ISO 8601: "2026-03-12" or "2026-03-12T08:15:00" when a time is given; ""
// when the text holds no full date (day, month and year). It reads
// "12/03/2026", "12.03.2026 08:15", "12/03/2026 à 08h15", "Publié le 7 déc.
// 2023 à 19:02", "vendredi 29 août 2008 14h27", "24 octobre 2003, 0h00",
// "à 8 h 30", "April 7, 2026 at 8:30 pm", "7 April 2026".
func isoDate(s string) string {
	key := string(text.AppendKeyLimit(nil, s, 200))
	toks := splitDateTokens(key)
	day, month, year, hour, minute := 0, 0, 0, -1, -1
	at := -1 // the token after the date
	// a numeric date, else a day before its month ("7 avril 2026"), else
	// a month before its day ("April 7, 2026")
	for i, t := range toks {
		if d, mo, y, ok := numericDate(t); ok {
			day, month, year, at = d, mo, y, i+1
			break
		}
	}
	for i := 1; at < 0 && i < len(toks); i++ {
		if mo := monthOf(toks[i]); mo > 0 {
			if d := dayOf(toks[i-1]); d > 0 {
				day, month, at = d, mo, i+1
			}
		}
	}
	for i := 0; at < 0 && i+1 < len(toks); i++ {
		if mo := monthOf(toks[i]); mo > 0 {
			if d := dayOf(toks[i+1]); d > 0 {
				day, month, at = d, mo, i+2
			}
		}
	}
	if at < 0 {
		return ""
	}
	if year == 0 && at < len(toks) {
		if y, err := strconv.Atoi(toks[at]); err == nil && y >= 1900 && y < 2200 {
			year = y
			at++
		}
	}
	for i := at; i < len(toks) && hour < 0; i++ {
		t := toks[i]
		switch {
		case isTime(t):
			hour, minute = parseTime(t)
		case i+2 < len(toks) && toks[i+1] == "h" && isTime(t+"h"+toks[i+2]):
			hour, minute = parseTime(t + "h" + toks[i+2]) // "8 h 30"
			i += 2
		default:
			continue
		}
		if i+1 < len(toks) {
			switch toks[i+1] {
			case "pm", "p.m.", "p.m":
				if hour < 12 {
					hour += 12
				}
			case "am", "a.m.", "a.m":
				if hour == 12 {
					hour = 0
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

// numericDate reads "12/03/2026", "12.03.2026" or "12/03/26".
func numericDate(t string) (day, month, year int, ok bool) {
	sep := byte('/')
	if strings.Count(t, "/") != 2 {
		if strings.Count(t, ".") != 2 {
			return 0, 0, 0, false
		}
		sep = '.'
	}
	p := strings.Split(strings.TrimSuffix(t, string(sep)), string(sep))
	if len(p) != 3 {
		return 0, 0, 0, false
	}
	d, e1 := strconv.Atoi(p[0])
	mo, e2 := strconv.Atoi(p[1])
	y, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || len(p[2]) != 2 && len(p[2]) != 4 {
		return 0, 0, 0, false
	}
	if y < 100 {
		y += 2000
	}
	return d, mo, y, true
}

// monthOf returns the month a token names ("avril", "avr.", "April"), or 0.
func monthOf(t string) int {
	return months[strings.TrimSuffix(t, ".")]
}

// dayOf returns the day of the month a token gives ("7", "1er", "7th"), or 0.
func dayOf(t string) int {
	for _, suf := range [...]string{"er", "st", "nd", "rd", "th"} {
		t = strings.TrimSuffix(t, suf)
	}
	if len(t) == 0 || len(t) > 2 {
		return 0
	}
	d, err := strconv.Atoi(t)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
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

// pageTitle returns the text of an HTML headline: tags left out, character
// references decoded, runs of ASCII white space made one space.
func pageTitle(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		var b strings.Builder
		inTag := false
		for _, r := range s {
			switch {
			case r == '<':
				inTag = true
			case r == '>' && inTag:
				inTag = false
			case !inTag:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.FieldsFunc(s, isASCIISpace), " ")
}

// isASCIISpace reports the white space that HTML collapses (a no-break
// space stays).
func isASCIISpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }
