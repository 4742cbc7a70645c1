package quotes

import (
	"strings"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/text"
)

// vgroup is a reporting-verb group: "a-t-il déclaré", "estime", "s'est
// félicité", "ont fait savoir", "précise-t-elle".
type vgroup struct {
	start, end int // token range
	core       int // first token of the verb form
	lemma      int32
	aux        bool
	etre       bool
	refl       bool
	inv        int // the inverted subject pronoun, or -1
	participle bool
	ant        bool
	inf        bool
	neg        bool
}

func (d *doc) lemma(v vgroup) *lemma { return &d.a.lemmas[v.lemma] }

// dash reports whether token i is a hyphen or dash.
func (d *doc) dash(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != text.Punct {
		return false
	}
	switch d.txt(i) {
	case "-", "‑", "‐", "–":
		return true
	}
	return false
}

// invPron matches an inverted subject pronoun at j ("-t-il", "-elle",
// " t-il"): the pronoun's index and the index after it.
func (d *doc) invPron(j int) (int, int, bool) {
	n := len(d.toks)
	glued := func(k int) bool { return k < n && d.toks[k].flags&(tSpace|tNL) == 0 }
	pron := func(k int) bool { return k < n && d.wf(k)&wSubj != 0 }
	if j < n && d.dash(j) && glued(j) {
		if pron(j+1) && glued(j+1) {
			return j + 1, j + 2, true
		}
		if j+3 < n && d.txt(j+1) == "t" && d.dash(j+2) && pron(j+3) {
			return j + 3, j + 4, true
		}
		if j+2 < n && d.txtKey(j+1) == "t'" && pron(j+2) {
			return j + 2, j + 3, true
		}
	}
	if j+2 < n && d.txt(j) == "t" && d.dash(j+1) && pron(j+2) {
		return j + 2, j + 3, true
	}
	return -1, j, false
}

// verbAt parses a reporting-verb group starting at token i and ending before
// hi.
func (d *doc) verbAt(i, hi int) (vgroup, bool) {
	v := vgroup{start: i, inv: -1}
	j := i
	if hi > len(d.toks) {
		hi = len(d.toks)
	}
	if j < hi && d.wf(j)&wRefl != 0 {
		v.refl = true
		j++
	}
	if j < hi && d.wf(j)&wAux != 0 {
		v.aux = true
		v.etre = d.wf(j)&wEtre != 0
		j++
		if p, e, ok := d.invPron(j); ok {
			v.inv = p
			j = e
		}
		// adverbs and negation between auxiliary and participle.
		for k := 0; k < 4 && j < hi; k++ {
			if d.wf(j)&(wAdv|wNeg) != 0 && d.wf(j)&wVerbStart == 0 {
				j++
				continue
			}
			if x := d.skipAdverbials(j, hi); x > j {
				j = x
				continue
			}
			if d.mentAdverb(j) {
				j++ // "a longuement défendu", "a brièvement commenté"
				continue
			}
			break
		}
	}
	if j >= hi {
		return v, false
	}
	e := d.entry(j)
	if e == nil || len(e.forms) == 0 || !d.isWord(j) {
		return v, false
	}
	best := -1
	bestLen := -1
	inv, after := -1, j+1
	if p, e, ok := d.invPron(j + 1); ok {
		inv, after = p, e // "fait-il valoir"
	}
	restAt := -1
	for fi, f := range e.forms {
		at := j + 1
		if len(f.rest) > 0 && inv >= 0 {
			at = after
		}
		if at+len(f.rest) > hi {
			continue
		}
		ok := true
		for k, id := range f.rest {
			if d.toks[at+k].id != id {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		lm := &d.a.lemmas[f.lemma]
		if lm.pron != v.refl {
			continue // "le titre se reprend" is not "reprendre"
		}
		score := len(f.rest) * 2
		if lm.pron == v.refl {
			score++
		}
		if score > bestLen {
			best, bestLen, restAt = fi, score, at
		}
	}
	if best < 0 {
		return v, false
	}
	f := e.forms[best]
	v.core = j
	v.lemma = f.lemma
	v.end = restAt + len(f.rest)
	if restAt > j+1 {
		v.inv = inv
	}
	if v.inv < 0 {
		if p, e, ok := d.invPron(v.end); ok {
			v.inv = p
			v.end = e
		}
	}
	w := d.txt(j)
	if !v.aux {
		v.participle = endsParticiple(w) || uParticiple(w, d.a.lemmas[f.lemma].name)
		v.ant = strings.HasSuffix(w, "ant") && len(f.rest) == 0
		if lm := &d.a.lemmas[f.lemma]; lm.infinitive == d.toks[j].id && len(f.rest) == 0 && !strings.Contains(lm.name, " ") {
			v.inf = true
		}
	}
	if v.etre && !v.refl && !v.participle {
		// "est" + participle is a passive; "est" alone before a form is fine.
		v.participle = false
	}
	if i > 0 && (d.wf(i-1)&wNeg != 0 || d.wf(i-2)&wNeg != 0 && d.wf(i-1)&(wAux|wRefl) != 0) {
		v.neg = true
	}
	return v, true
}

// uParticiple reports whether w, a form of the verb lemma, is a past
// participle in -u ("attendu", "convaincue", "maintenus"): the ending is a
// participle's for verbs in -re, -ir and -oir, not for verbs in -er ("il
// évalue").
func uParticiple(w, lemma string) bool {
	if strings.HasSuffix(lemma, "er") {
		return false
	}
	for _, s := range []string{"u", "ue", "us", "ues"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func endsParticiple(w string) bool {
	for _, s := range []string{"é", "ée", "és", "ées", "É"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	switch strings.ToLower(w) {
	case "prévu", "prévue", "prévus", "prévues", "reconnu", "convenu", "répondu", "maintenu", "soutenu", "écrite", "écrits":
		return true
	}
	return false
}

// mentAdverb reports whether token i is a lower-case adverb in -ment that
// the word lists do not know ("longuement", "brièvement"); after an
// auxiliary a word in -ment is an adverb, not a noun.
func (d *doc) mentAdverb(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != text.Word || d.toks[i].flags&(tCap|tInQuote) != 0 || d.wf(i)&wVerbStart != 0 {
		return false
	}
	w := d.txt(i)
	return len(w) > 6 && strings.HasSuffix(w, "ment")
}

// passive reports whether v is a passive ("sont considérées", "cité").
func (d *doc) passive(v vgroup) bool {
	return v.etre && !v.refl || v.participle && !v.aux
}

// verbEndingAt finds the reporting-verb group whose last token is e-1 (or
// whose inverted pronoun ends at e), starting at or after lo.
func (d *doc) verbEndingAt(e, lo int) (vgroup, bool) {
	for s := e - 1; s >= lo && s >= e-8; s-- {
		if d.wf(s)&(wVerbStart|wAux|wRefl) == 0 {
			continue
		}
		if v, ok := d.verbAt(s, e); ok && v.end == e {
			// extend to an auxiliary or reflexive before it.
			for k := s - 1; k >= lo && k >= s-6; k-- {
				if d.wf(k)&(wAux|wRefl) == 0 {
					continue
				}
				if v2, ok := d.verbAt(k, e); ok && v2.end == e && v2.core == v.core {
					v = v2
				}
			}
			return v, true
		}
	}
	return vgroup{}, false
}

// skipAdverbials returns the index after adverbs, time words and fixed
// adverbial phrases at i ("jeudi", "de son côté", "par ailleurs", "ce matin").
func (d *doc) skipAdverbials(i, hi int) int {
	hi = min(hi, i+maxAdverbials, len(d.toks))
	for i < hi {
		k := d.txtKey(i)
		switch {
		case d.wf(i)&(wAdv|wTime) != 0 && d.wf(i)&wDet == 0:
			i++
		case (k == "de" || k == "pour") && i+2 < hi && d.wf(i+1)&wDet != 0 && (d.txtKey(i+2) == "cote" || d.txtKey(i+2) == "part"):
			i += 3
		case (k == "par" || k == "d'") && i+1 < hi && d.txtKey(i+1) == "ailleurs", k == "d'" && d.txtKey(i+1) == "abord":
			i += 2
		case k == "en" && i+1 < hi && (d.txtKey(i+1) == "outre" || d.txtKey(i+1) == "effet" || d.txtKey(i+1) == "substance"):
			i += 2
		case (k == "ce" || k == "cette") && i+1 < hi && d.wf(i+1)&wTime != 0:
			i += 2
		case i+1 < hi && d.dateAt(i+1, hi) > i+1 && (k == "en" || k == "debut" || k == "fin" || k == "mi" || k == "le" || k == "des" || k == "depuis" || d.wf(i)&wTime != 0 && d.toks[i+1].kind == text.Number):
			// "en février", "fin mars 2026", "le 12 mars", "mardi 12 mars", "dès septembre"
			i = d.dateAt(i+1, hi)
		case d.toks[i].kind == text.Number && d.dateAt(i, hi) > i+1:
			i = d.dateAt(i, hi) // "12 mars", after a day name already skipped
		case k == "mi" && d.dash(i+1) && d.dateAt(i+2, hi) > i+2:
			i = d.dateAt(i+2, hi) // "mi-octobre"
		case k == "d'" && d.txtKey(i+1) == "ici" && d.untilEnd(i+2, hi) > i+2:
			i = d.untilEnd(i+2, hi) // "d'ici 2030", "d'ici à fin 2027", "d'ici la fin de l'année"
		case d.wf(i)&wDet != 0 && i+2 < hi && lastPeriod(d.txtKey(i+1), d.txtKey(i+2)):
			i += 3 // "la semaine dernière", "l'an dernier", "le mois prochain"
		case k == "la" && d.txtKey(i+1) == "veille":
			i += 2
		case d.is(i, ",") && i+1 < hi && d.commaAdverbial(i, hi) > i:
			i = d.commaAdverbial(i, hi)
		case (k == "lors" || k == "durant") && i+1 < hi:
			return i
		default:
			return i
		}
	}
	return i
}

// dateAt returns the index after a date at i: a month with an optional day
// before it and year after it ("12 mars 2026", "février"), or a year
// ("2025"); i when there is none.
func (d *doc) dateAt(i, hi int) int {
	j := i
	if j+1 < hi && d.toks[j].kind == text.Number && d.wf(j+1)&wMonth != 0 && len(d.txt(j)) <= 2 {
		j++ // the day
	}
	if j < hi && d.wf(j)&wMonth != 0 {
		j++
		if j < hi && isYear(d.txt(j)) {
			j++
		}
		return j
	}
	if j == i && j < hi && isYear(d.txt(j)) {
		return j + 1
	}
	return i
}

// untilEnd returns the index after the end of "d'ici" at i: a date, "fin" or
// "début" and a date, or "la fin de l'année", "la fin du mois", "la fin de
// l'exercice"; i when none.
func (d *doc) untilEnd(i, hi int) int {
	if k := d.txtKey(i); k == "a" && d.toks[i].flags&tA != 0 {
		i++
	}
	if x := d.dateAt(i, hi); x > i {
		return x
	}
	if k := d.txtKey(i); (k == "fin" || k == "debut") && d.dateAt(i+1, hi) > i+1 {
		return d.dateAt(i+1, hi)
	}
	if d.txtKey(i) == "la" && d.txtKey(i+1) == "fin" {
		j := i + 2
		switch d.txtKey(j) {
		case "du":
			j++
		case "de":
			j++
			if d.txtKey(j) == "l'" || d.txtKey(j) == "la" {
				j++
			}
		default:
			return i
		}
		if j < hi && d.isWord(j) && d.toks[j].flags&tCap == 0 {
			return j + 1
		}
	}
	return i
}

// isYear reports whether w is a year of four digits, 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && '0' <= w[2] && w[2] <= '9' && '0' <= w[3] && w[3] <= '9'
}

// lastPeriod reports whether the keys n and a name a period of time just
// past or to come: "semaine dernière", "an dernier", "mois prochain".
func lastPeriod(n, a string) bool {
	switch n {
	case "semaine", "mois", "an", "annee":
		switch a {
		case "dernier", "derniere", "passe", "passee", "prochain", "prochaine":
			return true
		}
	}
	return false
}

// maxAdverbials bounds the words skipped as adverbials.
const maxAdverbials = 10

// commaAdverbial matches a short adverbial between commas at i (", par le
// passé,", ", de son côté,") and returns the index after it, or i.
func (d *doc) commaAdverbial(i, hi int) int {
	if !d.is(i, ",") {
		return i
	}
	k := i + 1
	if x := d.skipAdverbials(k, hi); x > k && d.is(x, ",") {
		return x + 1
	}
	if d.txtKey(k) == "par" || d.txtKey(k) == "pour" || d.txtKey(k) == "en" {
		for x := k + 1; x < hi && x <= k+4; x++ {
			if d.is(x, ",") {
				return x + 1
			}
			if !d.isWord(x) {
				break
			}
		}
	}
	return i
}

// txtKey returns the lookup key of token i when the word is in the
// vocabulary (every word the grammar compares is), else "". It never
// allocates.
func (d *doc) txtKey(i int) string {
	if i < 0 || i >= len(d.toks) || d.toks[i].id < 0 {
		return ""
	}
	return d.a.keys[d.toks[i].id]
}

// npForward reads a noun phrase starting at i (after adverbials), ending
// before hi: "une source proche de Microsoft", "la directrice financière
// Judith Hartmann", "le broker". It returns the token range, empty when none.
func (d *doc) npForward(i, hi int) (int, int) {
	if hi > len(d.toks) {
		hi = len(d.toks)
	}
	i = d.skipAdverbials(i, hi)
	if i >= hi || !d.isWord(i) || d.toks[i].flags&tInQuote != 0 {
		return i, i
	}
	f := d.wf(i)
	t := d.toks[i]
	switch {
	case f&wDet != 0, t.flags&tCap != 0, t.flags&tEnt != 0, t.kind == text.Number:
	case d.entry(i) != nil && d.entry(i).agent != "":
	default:
		return i, i
	}
	if f&wFwdStop != 0 && f&wDet == 0 && t.flags&tCap == 0 {
		return i, i
	}
	j := i
	n := 0
	for j < hi && n < 12 {
		t := d.toks[j]
		if j > i && t.flags&tNL != 0 {
			break
		}
		if t.flags&tInQuote != 0 {
			break
		}
		if d.isWord(j) {
			f := d.wf(j)
			if j > i && f&wDet != 0 && t.flags&tCap == 0 && d.skipAdverbials(j, hi) > j {
				break // "Bloomberg la semaine dernière", "le groupe ce mercredi"
			}
			if j > i && f&wFwdStop != 0 && f&wOf == 0 && !(t.flags&tCap != 0 && f&wDet == 0) {
				coord := f&wEt != 0 && j+1 < hi && d.toks[j+1].flags&tCap != 0 && d.toks[j-1].flags&tCap != 0 // "FactSet et Bloomberg"
				// "le président et chef de la direction": two titles of one person.
				coord = coord || f&wEt != 0 && j+1 < hi && d.agentOf(i, j) == "PERSON" && d.agentOf(j+1, j+2) == "PERSON"
				if !coord && !(d.txtKey(j) == "par" && endsParticiple(d.txt(j-1)) && !d.relayStarts(j-1, hi)) {
					break
				}
			}
			if j > i && f&(wAux|wVerbStart) != 0 && t.flags&tCap == 0 && f&(wDet|wOf) == 0 && d.entry(j).agent == "" && d.wf(j-1)&(wDet|wOf) == 0 {
				if _, ok := d.verbAt(j, hi); ok {
					break
				}
			}
			j++
			n++
			continue
		}
		// glued hyphens, ampersands and abbreviation periods inside names.
		if (d.dash(j) || d.is(j, "&") || d.is(j, ".") && j > i && d.wf(j-1)&wTitle != 0) && t.flags&tSpace == 0 && j+1 < hi && d.isWord(j+1) {
			j++
			continue
		}
		if d.is(j, "&") && j+1 < hi && d.isWord(j+1) {
			j++
			continue
		}
		break
	}
	// no dangling "de", determiner or hyphen at the end.
	for j > i && (d.wf(j-1)&(wOf|wDet) != 0 && d.toks[j-1].flags&tCap == 0 || d.dash(j-1) || d.is(j-1, "&")) {
		j--
	}
	// "le directeur financier de Safran, Jean Dupont": a person's name in
	// apposition after a common noun phrase belongs to it.
	c := j
	if c < hi && (d.toks[c].flags&tA != 0 || d.txtKey(c) == "au" || d.txtKey(c) == "aux") {
		// "la commissaire à la Concurrence, Margrethe Vestager"
		for x := c + 1; x < hi && x <= c+4; x++ {
			if d.is(x, ",") {
				c = x
				break
			}
			if !d.isWord(x) {
				break
			}
		}
	}
	if j > i && c < hi && d.is(c, ",") && (d.toks[i].flags&tCap == 0 || d.wf(i)&wDet != 0) && d.agentOf(i, j) == "PERSON" {
		j := c
		if m, ok := d.mentionAt(j + 1); ok && m.start == j+1 && (m.typ == entities.PER || m.typ == "" && m.end-m.start >= 2) {
			if n := m.end; n >= hi || !d.isWord(n) || d.relayStarts(n, hi) || d.wf(n)&(wFwdStop|wTime) != 0 {
				return i, m.end
			}
		}
	}
	return i, j
}

// npBackward reads a noun phrase that ends just before e, not before lo:
// "Le broker", "Amazon et OpenAI", "le groupe contrôlé par Vincent Bolloré".
func (d *doc) npBackward(e, lo int) (int, int) {
	if lo < 0 {
		lo = 0
	}
	i := e
	n := 0
	for i > lo && n < 14 {
		k := i - 1
		t := d.toks[k]
		if t.flags&tInQuote != 0 {
			break
		}
		if d.isWord(k) {
			f := d.wf(k)
			if f&(wBackStop|wPrepStop) != 0 && t.flags&tCap == 0 {
				break
			}
			if f&wBackStop != 0 && t.flags&tSentStart != 0 && t.flags&tCap != 0 && f&wPrepStop == 0 && f&wDet == 0 {
				break
			}
			if f&wPrepStop != 0 && t.flags&tCap != 0 {
				break // "Dans", "Pour" opening the sentence
			}
			if f&wEt != 0 {
				// "Amazon et OpenAI": only between names.
				if !(k+1 < e && d.toks[k+1].flags&tCap != 0 && k > lo && d.toks[k-1].flags&tCap != 0) {
					break
				}
			}
			if f&wSubj != 0 && n > 0 {
				break
			}
			if f&wAux != 0 && t.flags&(tCap|tA) == 0 && f&wDet == 0 {
				break
			}
			if f&wVerbStart != 0 && t.flags&tCap == 0 && f&(wDet|wOf) == 0 && d.entry(k).agent == "" && d.wf(k-1)&(wDet|wOf) == 0 {
				if v, ok := d.verbAt(k, e); ok && !v.participle && !v.inf && !v.ant {
					break
				}
			}
			i = k
			n++
			if t.flags&tPara != 0 {
				break
			}
			continue
		}
		if (d.dash(k) || d.is(k, "&") || d.is(k, ".") && k > lo && d.wf(k-1)&wTitle != 0) && t.flags&tSpace == 0 && k > lo && d.isWord(k-1) && i < e && d.toks[i].flags&tSpace == 0 {
			i = k
			continue
		}
		break
	}
	// no leading "de", "à", "par", "en" or adverb.
	for i < e && (d.wf(i)&(wOf|wAdv|wTime) != 0 && d.wf(i)&wDet == 0 || d.toks[i].flags&tA != 0 || d.txtKey(i) == "par" || d.txtKey(i) == "en") {
		i++
	}
	// "supérieur aux attentes des analystes": start at a determiner or a name.
	if i < e && d.toks[i].flags&tCap == 0 && (d.wf(i)&wDet == 0 || d.txtKey(i) == "au" || d.txtKey(i) == "aux") && d.agentOf(i, i+1) == "" {
		for k := i + 1; k < e; k++ {
			if k := d.txtKey(k); k == "au" || k == "aux" {
				continue
			}
			if d.wf(k)&wDet != 0 || d.toks[k].flags&tCap != 0 {
				i = k
				break
			}
		}
	}
	// a long phrase without a determiner start: keep the last name or determiner phrase.
	if e-i > 10 {
		for k := e - 10; k < e; k++ {
			if d.wf(k)&wDet != 0 || d.toks[k].flags&tCap != 0 {
				i = k
				break
			}
		}
	}
	return i, e
}

// hasName reports whether tokens [s, e) hold a mention or a capitalised word
// that is not sentence-initial.
func (d *doc) hasName(s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := d.mentionAt(k); ok {
			return true
		}
	}
	return false
}

// subjectBefore returns the subject of the verb group v, read before it
// within [lo, v.start): a pronoun, a noun phrase, the noun phrase before a
// relative "qui" or an apposition, or the subject of a coordinated verb.
func (d *doc) subjectBefore(v vgroup, lo int, depth int) (int, int) {
	if v.ant {
		return d.participleSubject(lo, v.start, depth)
	}
	i := v.start - 1
	for i >= lo && (d.wf(i)&(wAdv|wTime|wNeg) != 0 && d.wf(i)&(wDet|wSubj) == 0) && !d.lastOne(i-1) {
		i--
	}
	if d.lastOne(i - 1) {
		return i - 1, i + 1 // "ce dernier estime"
	}
	if i < lo {
		return v.start, v.start
	}
	f := d.wf(i)
	switch {
	case f&(wSubj|wStrong) != 0 && d.toks[i].flags&tInQuote == 0 && d.oneOf(i) < i:
		return d.oneOf(i), i + 1 // "l'une d'elles a précisé"
	case f&wSubj != 0 && d.toks[i].flags&tInQuote == 0:
		return i, i + 1
	case f&wQui != 0:
		k := i
		if d.is(k-1, ",") {
			k--
		}
		return d.npBackward(k, lo)
	case d.is(i, ","):
		// "Le groupe, qui a dégagé ... 19,6 millions d'euros, précise": the
		// noun phrase before the relative clause.
		for k := i - 1; k > lo && k >= i-40; k-- {
			if d.toks[k].flags&tInQuote != 0 || d.is(k, ".") || d.is(k, ":") || d.is(k, ";") {
				break
			}
			if d.wf(k)&wQui != 0 && d.is(k-1, ",") {
				if ps, pe := d.npBackward(k-1, lo); ps < pe && (d.hasName(ps, pe) || d.agentOf(ps, pe) != "" || d.toks[ps].flags&tCap != 0) {
					return ps, pe
				}
				break
			}
		}
		s, e := d.npBackward(i, lo)
		// the phrase between this comma and the one before: an apposition
		// ("X, l'un des leaders du secteur, a annoncé") or a participial phrase
		// ("X, détenu à 40 % par Y, affirmait"): prefer the name before it.
		c := -1
		for k := i - 1; k >= lo && k >= i-25; k-- {
			if d.toks[k].flags&tInQuote != 0 || d.is(k, ".") || d.is(k, ":") {
				break
			}
			if d.is(k, ",") {
				c = k
				break
			}
		}
		if c > lo {
			if k1, k2 := d.txtKey(c+1), d.txtKey(c+2); (k1 == "ainsi" || k1 == "meme" || k1 == "tout" && k2 == "comme") && (k2 == "que" || k2 == "qu'" || k2 == "comme") ||
				k1 == "de" && k2 == "meme" {
				// "Le propriétaire des quotidiens « X » et « Y », ainsi que
				// d'autres titres, a précisé": the subject opens the sentence.
				if ps, pe := d.npForward(lo, c); ps < pe {
					return ps, pe
				}
			}
			ps, pe := d.npBackward(c, lo)
			lead := c + 1
			participial := d.toks[lead].flags&tCap == 0 && d.wf(lead)&wDet == 0
			// "Marc Rivet, le PDG d'Ardelis, a déclaré": the person before
			// the title in apposition.
			if ps < pe && d.hasName(ps, pe) && (participial || s == e || !d.hasName(s, e) || d.agentOf(s, e) == "PERSON" && d.personIn(ps, pe)) {
				return ps, pe
			}
		}
		return s, e
	case (f&wEt != 0 || d.txtKey(i) == "mais" || d.txtKey(i) == "puis") && depth < 2:
		// "Le groupe a brûlé ... et a déclaré": the subject of the first verb.
		for k := i - 1; k >= lo && k >= i-60; k-- {
			if d.toks[k].flags&tInQuote != 0 {
				continue // a fragment quoted in the first clause
			}
			if kk := d.txtKey(k); kk == "avoir" || kk == "etre" || kk == "ete" {
				continue
			}
			if d.wf(k)&wRefl != 0 && d.toks[k].flags&tCap == 0 && k > lo && !d.isWord(k-1) {
				return d.subjectBefore(vgroup{start: k, end: k + 1, inv: -1}, lo, depth+1)
			}
			if d.wf(k)&(wAux|wVerbStart) != 0 && d.toks[k].flags&tCap == 0 {
				if d.wf(k)&wAux != 0 {
					pv := vgroup{start: k, end: k + 1, inv: -1}
					if d.wf(k-1)&wRefl != 0 {
						pv.start = k - 1
					}
					return d.subjectBefore(pv, lo, depth+1)
				}
				if k > lo && d.wf(k-1)&wDet != 0 && d.wf(k-1)&wSubj == 0 {
					continue // "un chiffre d'affaires": a noun after its determiner
				}
				if pv, ok := d.verbAt(k, i); ok && !pv.inf {
					if pv2, ok := d.verbEndingAt(pv.end, lo); ok && pv2.core == pv.core {
						pv = pv2
					}
					if pv.participle && !pv.aux {
						continue // "comme attendu": no subject of its own
					}
					return d.subjectBefore(pv, lo, depth+1)
				}
			}
		}
		return v.start, v.start
	}
	if d.is(i, ")") {
		// "L'Autorité des marchés financiers (AMF) a infligé": the name
		// before its parenthesised acronym.
		for k := i - 1; k > lo && k >= i-6; k-- {
			if d.is(k, "(") {
				if s, e := d.npBackward(k, lo); s < e {
					return s, e
				}
				break
			}
		}
	}
	s, e := d.npBackward(i+1, lo)
	// "Le fabricant de composants pour l'aéronautique vise": the phrase
	// after a preposition completes the noun before it when that noun
	// opens the clause.
	if p := s - 1; s < e && p > lo && d.wf(p)&wPrepStop != 0 && d.toks[p].flags&tCap == 0 && d.agentOf(s, e) == "" {
		if ps, pe := d.npBackward(p, lo); ps < pe && ps == d.skipAdverbials(lo, pe) && d.agentOf(ps, pe) != "" && !d.hasName(s, e) {
			return ps, e
		}
	}
	return s, e
}

// oneOf returns the start of a partitive pronoun phrase that ends with the
// pronoun at i: "l'une d'elles", "l'un d'eux", "aucun d'entre eux",
// "chacune d'elles"; i when there is none.
func (d *doc) oneOf(i int) int {
	k := i - 1
	if d.txtKey(k) == "entre" {
		k--
	}
	if kk := d.txtKey(k); kk != "d'" && kk != "de" {
		return i
	}
	k--
	switch strings.ToLower(d.txt(max(k, 0))) {
	case "une", "un":
		if d.txtKey(k-1) == "l'" {
			return k - 1
		}
	case "aucun", "aucune", "chacun", "chacune", "plusieurs", "certains", "certaines", "deux", "trois":
		return k
	}
	return i
}

// personIn reports whether a person entity lies in [s, e).
func (d *doc) personIn(s, e int) bool {
	for k := s; k < e; k++ {
		if m, ok := d.mentionAt(k); ok && m.typ == entities.PER {
			return true
		}
	}
	return false
}

// participleSubject returns the subject of a present participle at hi
// ("..., jugeant que"): the subject of the nearest clause before it that
// names someone ("après que Barclays a abaissé son objectif, jugeant que"),
// leaving out relative clauses and que-clauses of reported speech, else the
// subject of the sentence (after a colon, when one opens a new clause).
func (d *doc) participleSubject(lo, hi, depth int) (int, int) {
	lo = max(lo, hi-80)
	for k := hi - 1; k > lo; k-- {
		if d.is(k, ":") && d.toks[k].flags&tInQuote == 0 {
			lo = k + 1
			break
		}
	}
	if depth < 2 {
		for k := hi - 1; k > lo; k-- {
			if d.toks[k].flags&tInQuote != 0 || d.wf(k)&(wAux|wVerbStart) == 0 || d.toks[k].flags&tCap != 0 {
				continue
			}
			v := vgroup{start: k, end: k + 1, inv: -1}
			if d.wf(k)&wAux == 0 {
				// a finite reporting verb in an incise: "rapporte le WSJ,
				// citant" (elsewhere the word may be an adjective: "un
				// rapport très critique").
				var ok bool
				if v, ok = d.verbAt(k, hi); !ok || v.participle || v.inf || v.ant || !d.is(k-1, ",") {
					continue
				}
			}
			if d.wf(k-1)&wRefl != 0 {
				v.start = k - 1
			}
			if d.wf(v.start-1)&wQui != 0 {
				continue // a relative clause: "Dravel, qui a publié ses comptes"
			}
			if d.is(v.start-1, ",") {
				// an incise: ", a rapporté le WSJ, citant des sources"
				if vg, ok := d.verbAt(v.start, hi); ok && !vg.participle && !vg.inf && !vg.ant || ok && vg.aux {
					if vg.inv >= 0 {
						return vg.inv, vg.inv + 1
					}
					if s, e := d.npForward(vg.end, hi); s < e && (d.hasName(s, e) || d.agentOf(s, e) != "") {
						return s, e
					}
				}
			}
			s, e := d.subjectBefore(v, lo, depth+1)
			if s >= e || s < lo {
				continue
			}
			if q := s - 1; d.wf(q)&wQue != 0 {
				switch d.txtKey(q - 1) {
				case "apres", "avant", "des", "depuis", "maintenant", "fois":
				default:
					continue // reported speech: "a annoncé que Ferlac avait accepté"
				}
			}
			if e-s == 1 && d.wf(s)&wSubj != 0 || d.hasName(s, e) || d.agentOf(s, e) != "" {
				return s, e
			}
		}
	}
	return d.sentenceSubject(lo, hi, depth)
}

// sentenceSubject returns the subject of the first verb of the clause
// [lo, hi): for a present participle ("..., jugeant que") or a quote with no
// cue of its own.
func (d *doc) sentenceSubject(lo, hi, depth int) (int, int) {
	lo = max(lo, hi-80)
	for k := lo; k < hi; k++ {
		if d.toks[k].flags&tInQuote != 0 {
			continue
		}
		f := d.wf(k)
		if f&wAux != 0 && d.toks[k].flags&tCap == 0 {
			v := vgroup{start: k, end: k + 1, inv: -1}
			if d.wf(k-1)&wRefl != 0 {
				v.start = k - 1
			}
			if s, e := d.subjectBefore(v, lo, depth+1); s < e {
				return s, e
			}
			return hi, hi
		}
		if f&wVerbStart != 0 && d.toks[k].flags&tCap == 0 {
			if v, ok := d.verbAt(k, hi); ok && !v.ant && !v.participle && !v.inf {
				if s, e := d.subjectBefore(v, lo, depth+1); s < e {
					return s, e
				}
				return hi, hi
			}
		}
	}
	return hi, hi
}

// phraseAt matches a cue, relay or outlet phrase of the given kind at i.
func (d *doc) phraseAt(i, hi int, kind ruleKind) (phrase, int, bool) {
	e := d.entry(i)
	if e == nil || d.toks[i].flags&tInQuote != 0 {
		return phrase{}, i, false
	}
	for _, p := range e.phrases {
		if p.kind != kind || i+1+len(p.rest) > hi {
			continue
		}
		if kind == kindRelay && d.toks[i].flags&tA == 0 && d.txt(i) != "au" && d.txtKey(i) == "a" {
			continue // the auxiliary "a" is not the preposition "à"
		}
		ok := true
		for k, id := range p.rest {
			if d.toks[i+1+k].id != id {
				ok = false
				break
			}
		}
		if ok {
			return p, i + 1 + len(p.rest), true
		}
	}
	return phrase{}, i, false
}

// outlet is a relaying outlet found in the text.
type outlet struct {
	name       string
	start, end int // tokens
}

// outletAt finds an outlet at i (after a determiner): a MEDIA entity, or an
// outlet of the rules.
func (d *doc) outletAt(i int) (outlet, bool) {
	hi := len(d.toks)
	if i < hi && d.wf(i)&wDet != 0 && d.toks[i].flags&tCap == 0 {
		i++
	}
	if i >= hi {
		return outlet{}, false
	}
	// a title in quotation marks: aux « Echos ».
	marked := d.toks[i].kind == text.Quote && i+1 < hi
	if marked {
		i++
	}
	var o outlet
	if m, ok := d.mentionAt(i); ok && m.start == i && m.typ == "MEDIA" {
		o = outlet{name: m.canonical, start: m.start, end: m.end}
	} else if p, e, ok := d.phraseAt(i, hi, kindOutlet); ok {
		// a longer entity wins over a shorter alias ("FT" inside a name).
		o = outlet{name: p.value, start: i, end: e}
	} else {
		return outlet{}, false
	}
	if marked {
		if o.end >= hi || d.toks[o.end].kind != text.Quote {
			return outlet{}, false
		}
		o.end++
	}
	return o, true
}

// nameAt returns a mention starting at i (after a determiner), of any type:
// who "cité par X" names when X is not a known outlet.
func (d *doc) nameAt(i int) (outlet, bool) {
	if i < len(d.toks) && d.wf(i)&wDet != 0 && d.toks[i].flags&tCap == 0 {
		i++
	}
	if m, ok := d.mentionAt(i); ok && m.start == i && (m.typ == "" || m.typ == "MEDIA" || m.typ == "ORG") {
		return outlet{name: m.canonical, start: m.start, end: m.end}, true
	}
	return outlet{}, false
}

// outletIn finds the first outlet in [i, hi).
func (d *doc) outletIn(i, hi int) (outlet, bool) {
	for k := i; k < hi && k < len(d.toks); k++ {
		if d.toks[k].flags&tInQuote != 0 {
			return outlet{}, false
		}
		if d.isWord(k) {
			if o, ok := d.outletAt(k); ok {
				return o, true
			}
			// "le quotidien économique Les Echos", "les publications Tamedia"
			if en := d.entry(k); en != nil && en.agent == "MEDIA" && d.toks[k].flags&tCap == 0 {
				for x := k + 1; x < hi && x <= k+3; x++ {
					if o, ok := d.nameAt(x); ok && o.start == x {
						return o, true
					}
					if !d.isWord(x) || d.toks[x].flags&tCap != 0 {
						break
					}
				}
			}
		}
	}
	return outlet{}, false
}

// relay looks for a relay frame in [i, hi): it returns the outlet's name and
// whether the words were given in a channel of their own (a communiqué, a
// note).
func (d *doc) relay(i, hi int) (via string, channel bool) {
	via, channel, _ = d.relayEnd(i, hi)
	return via, channel
}

// relayEnd is [doc.relay] that also returns the index after the frame and
// its outlet (i when none).
func (d *doc) relayEnd(i, hi int) (string, bool, int) {
	hi = min(hi, len(d.toks), i+40)
	for k := i; k < hi; k++ {
		if d.toks[k].flags&tInQuote != 0 || k > i && d.toks[k].flags&tSentStart != 0 {
			return "", false, i
		}
		p, e, ok := d.phraseAt(k, hi, kindRelay)
		if !ok {
			continue
		}
		switch p.role {
		case "MEDIUM":
			if o, ok := d.outletAt(e); ok {
				return o.name, false, o.end
			}
			// "citée par le quotidien économique Handelsblatt"
			if x := d.describedName(e, hi); x > e {
				if o, ok := d.outletAt(x); ok {
					return o.name, false, o.end
				}
			}
			if strings.HasPrefix(d.txtKey(k), "cite") {
				if o, ok := d.nameAt(e); ok {
					return o.name, false, o.end
				}
			}
		case "TO":
			if k > i+12 {
				continue
			}
			if o, ok := d.outletAt(e); ok {
				return o.name, false, o.end
			}
			// "à la chaîne de télévision France 24", "au quotidien Les Echos"
			if o, ok := d.outletIn(e, min(hi, e+6)); ok {
				return o.name, false, o.end
			}
		case "INTERVIEW":
			if o, ok := d.outletIn(e, min(hi, e+14)); ok {
				return o.name, false, o.end
			}
		case "CHANNEL":
			return "", true, e
		}
		k = e - 1
	}
	return "", false, i
}
