package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-go/depeche/internal/text"
)

// gkey is the identity of a candidate before document-level merging: its
// gazetteer entry, or its type and name.
type gkey struct {
	entry int32
	typ   Type
	name  string
}

func (st *state) groupKey(c *cand) gkey {
	if c.entry >= 0 {
		return gkey{entry: c.entry, typ: c.typ}
	}
	return gkey{entry: -1, typ: c.typ, name: st.joinKey(c.s, c.nameEnd)}
}

// docForm is a surface form the document itself defines for a group.
type docForm struct {
	group int
	typ   Type
	long  bool // the full name, not a short form
	amb   bool // short form of several entities
	// linkOnly: a person's surname that the gazetteer knows as something
	// else ("Garnier"): it links "M. Garnier" to "Olivier Garnier" but marks
	// no bare mention.
	linkOnly bool
}

func (st *state) findDocument() {
	r := st.r
	if st.groups == nil {
		st.groups = map[gkey]int{}
	}
	parent := st.parent[:0]
	find := func(g int) int {
		for parent[g] != g {
			parent[g] = parent[parent[g]]
			g = parent[g]
		}
		return g
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a != b {
			parent[b] = a
		}
	}
	groupOf := func(k gkey) int {
		g, ok := st.groups[k]
		if !ok {
			g = len(parent)
			st.groups[k] = g
			parent = append(parent, g)
		}
		return g
	}
	// "donne à Solanor": a place guessed from "à" alone is the organisation
	// that the other mentions of the name are.
	if st.forms == nil {
		st.forms = map[string]docForm{}
		st.firsts = map[string]int{}
	}
	places := false
	for ci := range st.cands {
		if st.cands[ci].place {
			places = true
			break
		}
	}
	if places {
		// only strong evidence counts: "Vernouillet accueillera l'usine" at a
		// sentence start says nothing, and takes the place's type.
		orgs := st.firsts // still empty here: borrowed as a set of ORG names
		for ci := range st.cands {
			if o := &st.cands[ci]; o.typ == ORG && !o.dead && !o.weak {
				orgs[st.joinKey(o.s, o.nameEnd)] = 1
			}
		}
		for ci := range st.cands {
			if c := &st.cands[ci]; c.place && orgs[st.joinKey(c.s, c.nameEnd)] != 0 {
				c.typ = ORG
			} else if c.place && c.typ == LOC {
				k := st.joinKey(c.s, c.nameEnd)
				if strings.HasPrefix(c.rule, "trigger:") {
					orgs[k] = 3 // a site: "la centrale de X"
				} else if orgs[k] == 0 {
					orgs[k] = 2 // a place after "à"
				}
			}
		}
		for ci := range st.cands {
			// "la centrale de Hinkley Point ... la mise en service de Hinkley
			// Point": a mid-sentence guess takes the place's type too.
			if c := &st.cands[ci]; c.typ == ORG && c.weak && !c.dead && (c.rule == "sentence-start" && !c.guess && orgs[st.joinKey(c.s, c.nameEnd)] >= 2 || c.rule == "capitalised" && orgs[st.joinKey(c.s, c.nameEnd)] == 3 && !st.verbAfter(c.e)) {
				c.typ, c.guess, c.place = LOC, true, true
			}
		}
		clear(orgs)
	}
	st.confirmNounish()
	for ci := range st.cands {
		c := &st.cands[ci]
		c.group = groupOf(st.groupKey(c))
	}

	// forms defined by strong mentions, longest names first.
	order := st.order[:0]
	for ci := range st.cands {
		c := &st.cands[ci]
		if !c.weak && !c.dead && c.typ != TICKER && c.typ != ISIN && c.typ != LEI {
			order = append(order, ci)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := &st.cands[a], &st.cands[b]
		if d := (cb.nameEnd - cb.s) - (ca.nameEnd - ca.s); d != 0 {
			return d
		}
		// a subject's ORG type is the weakest strong evidence: other rules
		// type the name first ("son médicament Zorvex ... Zorvex a reçu").
		return b2i(ca.rule == "subject") - b2i(cb.rule == "subject")
	})
	forms := st.forms
	maxLen := 0
	firsts := st.firsts // first word of a form -> longest form
	addForm := func(s, e int, c *cand, long bool) {
		if e <= s || e-s > 2*maxNameTokens {
			return // a user pattern's long match is no name to look for
		}
		k := st.joinKey(s, e)
		if k == "" || r.stop[k] {
			return
		}
		if f, ok := forms[k]; ok {
			if f.amb || find(f.group) == find(c.group) {
				return
			}
			if f.typ == c.typ && (long || f.long) {
				union(f.group, c.group)
				return
			}
			// two names share this short form ("Bolloré" of Vincent and
			// Yannick Bolloré): it names neither.
			f.amb = true
			forms[k] = f
			return
		}
		linkOnly := false
		if !long {
			if n := r.gaz.next[st.key(s)]; e == s+1 && n != nil && n.val != 0 {
				if c.typ != PER {
					return // a short form that the gazetteer knows as something else
				}
				linkOnly = true
			}
		}
		forms[k] = docForm{group: c.group, typ: c.typ, long: long, linkOnly: linkOnly}
		if e-s > maxLen {
			maxLen = e - s
		}
		if firsts[st.key(s)] < e-s {
			firsts[st.key(s)] = e - s
		}
	}
	for _, ci := range order {
		c := &st.cands[ci]
		k := st.joinKey(c.s, c.nameEnd)
		if f, ok := forms[k]; ok && c.rule == "subject" && f.typ != c.typ && !f.amb {
			c.typ, c.rule = f.typ, "document" // "Morvan a précisé" after "Jeanne Morvan"
		}
		if f, ok := forms[k]; ok && f.typ == c.typ && c.entry < 0 {
			union(f.group, c.group)
		}
		addForm(c.s, c.nameEnd, c, true)
		switch c.typ {
		case PER:
			k := c.s
			for k < c.nameEnd && (r.first[st.key(k)] || st.hy[k]) {
				k++
			}
			if k > c.s && k < c.nameEnd {
				addForm(k, c.nameEnd, c, false)
				if k == c.s+1 {
					// "Nadia" after "Nadia Kessler": the first name alone in
					// a portrait (never "Marc" of two people: amb).
					addForm(c.s, c.s+1, c, false)
				}
			}
		case ORG:
			if c.nameEnd-c.s >= 2 && !st.hy[c.s+1] {
				k0 := st.key(c.s)
				w := st.tok(c.s)
				if utf8.RuneCountInString(w) >= 4 && startsUpper(w) && !r.stop[k0] && !r.common[k0] &&
					r.marks.next[k0] == nil && (r.gaz.next[k0] == nil || r.gaz.next[k0].val == 0) {
					addForm(c.s, c.s+1, c, false)
				}
				if r.marks.next[k0] != nil && c.nameEnd-c.s == 2 && startsUpper(st.tok(c.s+1)) {
					addForm(c.s+1, c.nameEnd, c, false) // "Banque Scotia" -> "Scotia"
				} else if strings.HasPrefix(c.rule, "head:") && c.nameEnd-c.s >= 4 && st.capWord(c.s+1) && st.toks[c.s+1].SpaceBefore {
					// "Banque Boréale du Canada" -> "Boréale"
					e := c.s + 2
					for e < c.nameEnd && st.capWord(e) && st.toks[e].SpaceBefore {
						e++
					}
					if e < c.nameEnd && ofWords[st.key(e)] {
						k1 := st.key(c.s + 1)
						if r.gaz.next[k1] == nil || e > c.s+2 {
							addForm(c.s+1, e, c, false)
						}
					}
				}
			}
		}
		// acronym defined after the name: "Amazon Web Services (AWS)".
		if j := c.e; j+2 < len(st.toks) && st.tok(j) == "(" && st.tok(j+2) == ")" && c.nameEnd-c.s >= 2 {
			a := j + 1
			if st.toks[a].Kind == text.Word && initialsMatch(st, c.s, c.nameEnd, st.tok(a)) {
				if st.cover[a] != 0 && !st.cands[st.cover[a]-1].weak {
					o := &st.cands[st.cover[a]-1]
					if o.entry >= 0 && c.entry != o.entry {
						// the text defines the acronym: it shadows the gazetteer's.
						o.entry, o.typ, o.rule, o.subtype, o.id = -1, c.typ, "acronym", c.subtype, ""
						o.group = c.group
						addForm(a, a+1, c, false)
					} else if o.typ == c.typ {
						union(c.group, o.group)
					}
				} else {
					addForm(a, a+1, c, false)
				}
			} else if st.toks[a].Kind == text.Word && isAllUpper(st.tok(a)) && st.cover[a] != 0 && c.entry < 0 {
				// "Agence d'information sur l'énergie (EIA)": the acronym
				// the gazetteer knows in another language names the same
				// entity; the document's name makes the canonical.
				if o := &st.cands[st.cover[a]-1]; !o.weak && o.entry >= 0 && o.typ == c.typ && o.s == a && o.e == a+1 {
					union(c.group, o.group)
				}
			}
		}
	}

	// "Ostrea AM" and "Ostrea Asset Management" are one entity: a name that
	// ends with the initials of the other's last words.
	st.unionInitials(find, union)

	// "Groupe Bolloré" and "Bolloré" are one entity.
	for _, ci := range order {
		c := &st.cands[ci]
		if c.typ != ORG || !strings.HasPrefix(c.rule, "head:") || c.nameEnd-c.s < 2 || !startsUpper(st.tok(c.s)) {
			continue
		}
		if f, ok := forms[st.joinKey(c.s+1, c.nameEnd)]; ok && !f.amb && f.typ == ORG {
			union(f.group, c.group)
		}
	}

	// mentions of those forms that no strong rule covered.
	n := len(st.toks)
	if len(forms) > 0 {
		for i := 0; i < n; i++ {
			if st.toks[i].Kind != text.Word || !st.weakAt(i) || !startsUpper(st.tok(i)) {
				continue
			}
			if st.glued(i) {
				continue
			}
			best := 0
			var bf docForm
			ml := firsts[st.key(i)]
			for j := i; j < n && j-i < ml; j++ {
				if j > i && (st.toks[j].Newline || !st.weakAt(j)) {
					break
				}
				if f, ok := forms[st.joinKey(i, j+1)]; ok && !f.amb && !f.linkOnly {
					if j+1 < n && !st.toks[j+1].SpaceBefore && (st.toks[j+1].Kind == text.Word || st.hy[j+1] && f.typ == PER) ||
						i > 0 && st.hy[i-1] && f.typ == PER {
						continue // "Marie" in "Marie-Christine", "Sophie" in "Anne-Sophie"
					}
					best, bf = j+1, f
				}
			}
			if best == 0 {
				continue
			}
			if v := st.cover[i]; v != 0 && st.cands[v-1].s == i && st.cands[v-1].e > best && !st.cands[v-1].dead &&
				find(st.cands[v-1].group) == find(bf.group) {
				i = st.cands[v-1].e - 1 // "Ostrea Asset Management", already one with "Ostrea AM"
				continue
			}
			for k := i; k < best; k++ {
				if v := st.cover[k]; v != 0 {
					o := &st.cands[v-1]
					o.dead = true
					for q := o.s; q < o.e; q++ {
						st.cover[q] = 0
					}
				}
			}
			c := cand{s: i, e: best, nameEnd: best, typ: bf.typ, entry: -1, rule: "document", group: bf.group}
			if c.typ == ORG {
				st.extendLegal(&c)
			}
			st.add(c)
			i = c.e - 1
		}
	}

	st.dropCountedAcronyms()

	// a lone guessed word that the text also writes in lower case is a
	// common word capitalised for a heading ("Produit net bancaire").
	var lower map[string]bool
	for ci := range st.cands {
		c := &st.cands[ci]
		if !c.dead && c.guess && c.e == c.s+1 {
			if lower == nil {
				lower = map[string]bool{}
			}
			lower[st.key(c.s)] = false
		}
	}
	if lower != nil {
		var bits [1 << 10]uint64
		for k := range lower {
			h := lexHash(k)
			bits[h>>6] |= 1 << (h & 63)
		}
		for i := range st.toks {
			if st.toks[i].Kind == text.Word && st.cover[i] == 0 && !startsUpper(st.tok(i)) {
				k := st.key(i)
				if h := lexHash(k); bits[h>>6]&(1<<(h&63)) == 0 {
					continue
				}
				if _, ok := lower[k]; ok {
					lower[st.key(i)] = true
				}
			}
		}
		for ci := range st.cands {
			c := &st.cands[ci]
			if !c.dead && c.guess && c.e == c.s+1 && lower[st.key(c.s)] {
				c.dead = true
			}
		}
	}

	// confirm or drop the weak candidates.
	strong := grow(st.strong, len(parent))
	st.strong, st.parent, st.order = strong, parent, order
	for ci := range st.cands {
		c := &st.cands[ci]
		c.group = find(c.group)
		if !c.dead && (!c.weak || c.guess && !r.noGuess) {
			strong[c.group] = true
		}
	}
	for ci := range st.cands {
		c := &st.cands[ci]
		if c.dead || !c.weak {
			continue
		}
		switch {
		case c.guess && !r.noGuess:
		case strong[c.group]:
		default:
			c.dead = true
		}
	}
}

// unionInitials joins the organisations whose name ends with an acronym
// ("Ostrea AM") to those that spell it out after the same words ("Ostrea
// Asset Management"): one pass over the candidates for each acronym
// candidate, at most eight acronyms per document.
func (st *state) unionInitials(find func(int) int, union func(int, int)) {
	var short [8]int // candidates that end with an acronym
	ns := 0
	for ci := range st.cands {
		c := &st.cands[ci]
		a := c.nameEnd - 1
		if c.typ != ORG || c.dead || a <= c.s || a-c.s > 4 || st.hy[a] || len(st.tok(a)) > 4 || !isAllUpper(st.tok(a)) {
			continue
		}
		if ns == len(short) {
			break
		}
		short[ns] = ci
		ns++
	}
	for x := 0; x < ns; x++ {
		c := &st.cands[short[x]]
		a := c.nameEnd - 1
		stem := st.joinKey(c.s, a)
		for oi := range st.cands {
			o := &st.cands[oi]
			m := o.s + (a - c.s)
			if o.typ != ORG || o.dead || o.nameEnd-m < 2 || st.key(o.s) != st.key(c.s) || st.joinKey(o.s, m) != stem {
				continue
			}
			if find(o.group) != find(c.group) && initialsMatch(st, m, o.nameEnd, st.tok(a)) && st.capWord(m) && st.capWord(o.nameEnd-1) {
				union(o.group, c.group)
			}
		}
	}
}

// verbAfter reports whether token e opens a verb of the subject before it
// ("X a annoncé", "X publie"): that subject acts, it is no site.
func (st *state) verbAfter(e int) bool {
	if e >= len(st.toks) || st.toks[e].Newline {
		return false
	}
	k := st.key(e)
	return k == "a" || k == "ont" || st.startMk[e]&(1<<markVerb) != 0
}

// countDets make a common noun of the acronym after them: "cette SGI",
// "une SCPI", "chaque PME".
var countDets = map[string]bool{"cette": true, "cet": true, "ce": true, "ces": true, "une": true, "un": true,
	"chaque": true, "aucune": true, "aucun": true, "autre": true, "autres": true, "toute": true, "plusieurs": true,
	"quelques": true, "nombreuses": true, "nombreux": true, "certaines": true, "certains": true}

// dropCountedAcronyms drops the mentions of an acronym that no list knows
// and the text counts like a common noun elsewhere ("selon la SGI ... a
// souligné cette SGI": a kind of broker, not a name).
func (st *state) dropCountedAcronyms() {
	if len(st.countAt) == 0 {
		return
	}
	var counted map[string]bool
	for ci := range st.cands {
		c := &st.cands[ci]
		if c.dead || c.entry >= 0 || c.e != c.s+1 || c.typ == TICKER || c.typ == ISIN || c.typ == LEI || !isAllUpper(st.tok(c.s)) {
			continue
		}
		if c.typ == PRODUCT && strings.ContainsAny(st.tok(c.s), "0123456789") {
			continue // "un EPR2", "un A380": a model is counted like one, and stays a name
		}
		if counted == nil {
			counted = map[string]bool{}
			for _, d := range st.countAt {
				if i := int(d) + 1; i < len(st.toks) && st.toks[i].Kind == text.Word && !st.toks[i].Newline && isAllUpper(st.tok(i)) {
					counted[st.key(i)] = true
				}
			}
			if len(counted) == 0 {
				return
			}
		}
		if counted[st.key(c.s)] {
			c.dead = true
		}
	}
}

// confirmNounish makes strong the one-word subjects shaped like common nouns
// ("Néovance s'envole") that the document shows as subjects or headline
// names twice or more and never writes in lower case; the others stay weak.
func (st *state) confirmNounish() {
	counts := st.firsts // empty here: borrowed as a count of evidence per name
	defer clear(counts)
	for ci := range st.cands {
		if c := &st.cands[ci]; c.nounish && !c.dead {
			counts[st.key(c.s)]++
		}
	}
	if len(counts) == 0 {
		return
	}
	for i := range st.toks {
		if st.toks[i].Kind == text.Word && !startsUpper(st.tok(i)) {
			if _, ok := counts[st.key(i)]; ok {
				counts[st.key(i)] = -1 << 20 // "la prudence": a common noun after all
			}
		}
	}
	for ci := range st.cands {
		if c := &st.cands[ci]; c.nounish && !c.dead && counts[st.key(c.s)] >= 2 {
			c.weak = false
		}
	}
}

// weakAt reports whether token i is free or held only by a weak candidate.
func (st *state) weakAt(i int) bool {
	v := st.cover[i]
	return v == 0 || st.cands[v-1].weak || st.cands[v-1].dead
}

// entities builds the result: canonical names per group, roles, sorted.
func (st *state) entities() []Entity {
	ng := 0
	for ci := range st.cands {
		if g := st.cands[ci].group + 1; g > ng {
			ng = g
		}
	}
	infos := grow(st.infos, ng)
	live := st.live[:0]
	defer func() { st.infos, st.live = infos, live }()
	for ci := range st.cands {
		c := &st.cands[ci]
		if c.dead {
			continue
		}
		live = append(live, ci)
		gi := &infos[c.group]
		if c.entry >= 0 {
			e := &st.r.entries[c.entry]
			if gi.gaz == "" || len(e.canonical) > len(gi.gaz) {
				gi.gaz = e.canonical
			}
			if gi.subtype == "" {
				gi.subtype = e.subtype
			}
			if gi.id == "" {
				gi.id = e.id
			}
		}
		if gi.subtype == "" {
			gi.subtype = c.subtype
		}
		if c.typ != TICKER && c.typ != ISIN && c.typ != LEI {
			ne := c.nameEnd
			for k := c.s + 1; k < ne; k++ {
				// "& Co" stays: part of the firm's name ("Bryan, Garnier & Co").
				if int(st.legalTo[k])-1 == ne && st.tok(k) != "&" && st.tok(k-1) != "&" {
					ne = k // "Volkswagen AG" named by the gazetteer with its legal form
					break
				}
			}
			s := displayName(st.in[st.toks[c.s].Start:st.toks[ne-1].End])
			if better(s, gi.doc) {
				gi.doc = s
			}
		}
	}
	for g := range infos {
		if infos[g].doc != "" || infos[g].gaz != "" {
			infos[g].canon = canonical(infos[g].doc, infos[g].gaz)
		}
	}
	st.roles(live, infos)
	slices.SortFunc(live, func(a, b int) int {
		ca, cb := &st.cands[a], &st.cands[b]
		if ca.s != cb.s {
			return ca.s - cb.s
		}
		return ca.e - cb.e
	})
	out := make([]Entity, 0, len(live))
	for _, ci := range live {
		c := &st.cands[ci]
		gi := &infos[c.group]
		start, end := st.toks[c.s].Start, st.toks[c.e-1].End
		e := Entity{Text: st.in[start:end], Type: c.typ, Start: start, End: end, Rule: c.rule,
			Canonical: gi.canon, Subtype: gi.subtype, ID: c.id, Role: c.role, Org: c.org}
		if e.ID == "" {
			e.ID = gi.id
		}
		if c.typ == TICKER || c.typ == ISIN || c.typ == LEI {
			e.Canonical = e.Text
		}
		if c.entry >= 0 {
			en := &st.r.entries[c.entry]
			if e.Role == "" {
				e.Role = en.role
			}
			if e.Org == "" {
				e.Org = en.org
			}
		}
		out = append(out, e)
	}
	return out
}

// groupInfo is what one entity's mentions share.
type groupInfo struct {
	canon   string
	gaz     string // the gazetteer's canonical name
	doc     string // the longest name the document uses
	subtype string
	id      string
}

// canonical chooses between the longest name the document uses and the
// gazetteer's name: the document's, unless it is an acronym, a short word or
// a shortening of the gazetteer's fuller name ("Fitch" of "Fitch Ratings",
// "Club Med" of "Club Méditerranée").
func canonical(doc, gaz string) string {
	switch {
	case gaz == "":
		return doc
	case doc == "" || doc == gaz:
		return gaz
	}
	ld, lg := utf8.RuneCountInString(doc), utf8.RuneCountInString(gaz)
	if !strings.ContainsAny(doc, " -") && (ld <= 4 || ld <= 6 && isAllUpper(doc)) {
		return gaz
	}
	kd, kg := text.Key(doc), text.Key(gaz)
	if squash(kd) == squash(kg) || lg > ld && shortening(kd, kg) || lg < ld && unitOf(doc, gaz) {
		return gaz
	}
	if 2*lg > 3*ld && (!strings.ContainsAny(kd, " -") || abbreviates(squash(kd), squash(kg))) {
		// a markedly fuller name than a single word ("Société Générale" for
		// "SocGen", "ministère de l'Économie" for "Bercy") or than an
		// abbreviation in several words; not "Agence télégraphique suisse"
		// for "Keystone-ATS", a name of its own.
		return gaz
	}
	return doc
}

// abbreviates reports whether the squashed key short abbreviates long: a
// part of it ("Bernstein" of "AllianceBernstein") or its letters in order
// from the same first letter ("Medef", "SocGen").
func abbreviates(short, long string) bool {
	if short == "" || long == "" {
		return false
	}
	if strings.Contains(long, short) {
		return true
	}
	if short[0] != long[0] {
		return false
	}
	j := 0
	for i := 0; i < len(long) && j < len(short); i++ {
		if long[i] == short[j] {
			j++
		}
	}
	return j == len(short)
}

// unitOf reports whether the document's longer name is the gazetteer's
// name followed by capitalised words: a division or a country unit of the
// entity ("Reuters News", "Postmedia Network Canada"), named as the whole.
// A longer name with a lower-case complement ("Réserve fédérale américaine")
// or a head before it ("Groupe Bolloré") is the document's own fuller name.
func unitOf(doc, gaz string) bool {
	kd, kg := text.Key(doc), text.Key(gaz)
	if !strings.Contains(kd, " ") && strings.HasPrefix(kd, kg) {
		return true // a variant of the same word: "A320neo" of "A320"
	}
	if !strings.HasPrefix(kd, kg+" ") {
		return false
	}
	// the rest of doc after as many words as gaz has.
	n := strings.Count(kg, " ") + 1
	f := strings.Fields(doc)
	if len(f) <= n {
		return false
	}
	whole := true
	for _, w := range f[n:] {
		if !startsUpper(w) {
			return false
		}
		whole = whole && firmWords[text.Key(w)]
	}
	return !whole
}

// firmWords complete a firm's own name rather than name a unit of it:
// "Hermès International", "Rinker Group" are the fuller names of "Hermès"
// and "Rinker", where "Reuters News" is a unit of Reuters.
var firmWords = map[string]bool{"international": true, "group": true, "holding": true, "holdings": true,
	"corporation": true, "company": true, "incorporated": true}

// squash keeps the letters and digits of a key: "FTSE-100" and "FTSE 100",
// "Yahoo!" and "Yahoo" squash alike.
func squash(k string) string {
	var b strings.Builder
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// shortening reports whether the words of short are prefixes of consecutive
// words of long.
func shortening(short, long string) bool {
	sep := func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }
	sw, lw := strings.FieldsFunc(short, sep), strings.FieldsFunc(long, sep)
	for off := 0; off+len(sw) <= len(lw); off++ {
		ok := true
		for i, w := range sw {
			if !strings.HasPrefix(lw[off+i], w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// better reports whether the surface s makes a better canonical name than
// cur: longer, or as long but not in capitals.
func better(s, cur string) bool {
	if cur == "" {
		return true
	}
	ls, lc := utf8.RuneCountInString(s), utf8.RuneCountInString(cur)
	if ls != lc {
		return ls > lc
	}
	return isAllUpper(cur) && !isAllUpper(s)
}

// displayName collapses white space and title-cases a name written in
// capitals over several words ("RINKER GROUP" -> "Rinker Group").
func displayName(s string) string {
	clean := true
	for _, r := range s {
		if r != ' ' && text.IsSpace(r) {
			clean = false
			break
		}
	}
	if !clean || strings.Contains(s, "  ") {
		s = strings.Join(strings.FieldsFunc(s, text.IsSpace), " ")
	}
	if isAllUpper(s) && strings.Contains(s, " ") {
		var b strings.Builder
		up := true
		for _, r := range s {
			if up {
				b.WriteRune(r)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = !unicode.IsLetter(r)
		}
		return b.String()
	}
	return s
}

// roles fills the role and organisation of people from appositions:
// "Patrick Pouyanné, PDG de TotalEnergies" and "le directeur financier de
// Kering, Jean Dupont".
func (st *state) roles(live []int, infos []groupInfo) {
	n := len(st.toks)
	hasPER := false
	for _, ci := range live {
		if st.cands[ci].typ == PER {
			hasPER = true
			break
		}
	}
	if !hasPER {
		return
	}
	at := func(k int, start bool) (int, bool) {
		v := st.cover[min(k, n-1)]
		if k >= n || v == 0 {
			if !start && k > 0 && st.cover[k-1] != 0 {
				c := &st.cands[st.cover[k-1]-1]
				if c.e == k && !c.dead {
					return int(st.cover[k-1] - 1), true
				}
			}
			return 0, false
		}
		c := &st.cands[v-1]
		if start && c.s == k && !c.dead {
			return int(v - 1), true
		}
		if !start && k > 0 && st.cover[k-1] != 0 {
			c := &st.cands[st.cover[k-1]-1]
			if c.e == k && !c.dead {
				return int(st.cover[k-1] - 1), true
			}
		}
		return 0, false
	}
	startAt := func(k int) (int, bool) { return at(k, true) }
	endAt := func(k int) (int, bool) { return at(k, false) }
	orgAt := func(k int) string {
		if k < n && ofWords[st.key(k)] {
			// "de TotalEnergies", "du laboratoire Novélia"
			for p := k + 1; p < n && p <= k+4; p++ {
				if ci, ok := startAt(p); ok && st.cands[ci].typ != PER {
					return infos[st.cands[ci].group].canon
				}
				if st.toks[p].Kind != text.Word || startsUpper(st.tok(p)) || breakWords[st.key(p)] && p > k+1 {
					break
				}
			}
			// "de la Banque ..."
			if k+2 < n && st.key(k+1) == "la" {
				if ci, ok := startAt(k + 2); ok && st.cands[ci].typ != PER {
					return infos[st.cands[ci].group].canon
				}
			}
		}
		return ""
	}
	for _, ci := range live {
		c := &st.cands[ci]
		if c.typ != PER {
			continue
		}
		// after: ", PDG de TotalEnergies"
		k := c.e
		if k < n && st.tok(k) == "," {
			k++
			if k < n && determiners[st.key(k)] {
				k++
			}
			if k < n && st.roleTo[k] != 0 {
				re := int(st.roleTo[k] - 1)
				c.role = st.in[st.toks[k].Start:st.toks[re-1].End]
				c.org = orgAt(re)
				continue
			}
		}
		// before: "le directeur financier de Kering, Jean Dupont", "le PDG Jean Dupont"
		k = c.s
		if k > 0 && st.tok(k-1) == "," {
			k--
		}
		if oi, ok := endAt(k); ok && st.cands[oi].typ != PER {
			o := &st.cands[oi]
			p := o.s - 1
			if p > 0 && ofWords[st.key(p)] && st.roleFrom[p] != 0 {
				rs := int(st.roleFrom[p] - 1)
				c.role = st.in[st.toks[rs].Start:st.toks[p-1].End]
				c.org = infos[o.group].canon
				continue
			}
		}
		if k > 0 && st.roleFrom[k] != 0 {
			rs := int(st.roleFrom[k] - 1)
			c.role = st.in[st.toks[rs].Start:st.toks[k-1].End]
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
