package quotes

import (
	"slices"
	"strings"

	"github.com/depeche-go/depeche/internal/text"
)

// cand is an attribution found in the text, before resolution.
type cand struct {
	s, e   int    // source tokens
	cue    string // "selon", "d'après", or the verb's infinitive
	ts, te int    // bytes of the cue and source as written
	quote  int    // -1, or the quote whose speaker this is
	exch   string // the outlet of an exchange, for spreadVia
	att    bool   // an attribution (else only an exchange)
	cueS   int    // token where the cue starts, for ordering
	avoid  int    // for a pronoun: the token of a subject it does not stand for, else 0 or -1
}

// event is a quote or an attribution to resolve, at its token position.
type event struct{ pos, q, c int }

// findAttributions lists the attributions made without a quote, then
// resolves speakers and sources in text order.
func (d *doc) findAttributions() {
	cands := d.cands[:0]
	defer func() { d.cands = cands[:0] }()
	n := len(d.toks)
	for i := 0; i < n; i++ {
		t := &d.toks[i]
		if t.flags&tInQuote != 0 || t.wf&(wPhrase|wVerbStart|wAux|wRefl) == 0 {
			continue
		}
		lo, hi := d.sentRange(i)
		// selon X, d'après X, suivant X; "Pour X," opening a sentence.
		if p, e, ok := d.phraseAt(i, hi, kindCue); ok && t.flags&tUsed == 0 {
			if c, ok := d.cueAttribution(i, e, hi, p); ok {
				cands = append(cands, c)
				i = c.e - 1
				continue
			}
		}
		// "X, cité par Bloomberg, ...": the outlet is a source.
		if p, e, ok := d.phraseAt(i, hi, kindRelay); ok && p.role == "MEDIUM" && t.flags&tUsed == 0 && strings.HasPrefix(d.txtKey(i), "cit") {
			o, ok := d.outletAt(e)
			if !ok {
				o, ok = d.nameAt(e)
			}
			if ok {
				cands = append(cands, cand{s: o.start, e: o.end, cue: "citer", ts: int(t.start), te: int(d.toks[o.end-1].end), quote: -1, att: true, cueS: i})
				i = o.end - 1
				continue
			}
		}
		if d.wf(i)&(wVerbStart|wAux|wRefl) == 0 {
			continue
		}
		v, ok := d.verbAt(i, hi)
		if !ok {
			continue
		}
		cands = d.verbAttributions(cands, v, lo, hi)
		i = v.end - 1
	}
	// resolve quotes and attributions in text order.
	evs := d.evs[:0]
	defer func() { d.evs = evs[:0] }()
	for qi, q := range d.quotes {
		pos := q.open
		if q.spkS < q.spkE {
			pos = q.spkS
		}
		evs = append(evs, event{pos, qi, -1})
	}
	for ci, c := range cands {
		evs = append(evs, event{c.s, -1, ci})
	}
	slices.SortStableFunc(evs, func(a, b event) int { return a.pos - b.pos })
	for _, e := range evs {
		if e.q >= 0 {
			d.finishQuote(e.q)
			continue
		}
		c := cands[e.c]
		if !c.att && c.exch == "" {
			d.pending, d.hasPending = [2]int{c.s, c.e}, true // resolved when a pronoun needs it
			continue
		}
		srcs, ns := d.splitSources(c.s, c.e)
		for _, src := range srcs[:ns] {
			d.avoid = c.avoid
			r := d.resolve(src[0], src[1])
			d.avoid = 0
			name := r.name()
			if name == "" || (src[1]-src[0] == 1 && d.wf(src[0])&(wSubj|wStrong) != 0 || d.demonstrative(src[0], src[1])) && r.canonical == "" && r.antecedent == "" {
				continue // nothing named, or a pronoun with no antecedent
			}
			if r.canonical == "" && d.notWho(src[0], src[1]) {
				continue // "un résultat net de 19,6 millions d'euros", "2026"
			}
			r.verb = !sourceCue(c.cue)
			if c.exch != "" {
				d.exch = append(d.exch, exchange{s: src[0], e: src[1], via: c.exch, canon: speakerKeyOf(r)})
				if !c.att {
					d.setSubject(r)
					continue
				}
			}
			if !c.att && c.exch == "" && (r.canonical == "" || src[1]-src[0] == 1 && d.wf(src[0])&(wSubj|wStrong) != 0) {
				continue // only a topic when it names someone
			}
			if c.att {
				ts := c.ts
				if src[0] > c.s && c.ts == int(d.toks[c.s].start) {
					ts = int(d.toks[src[0]].start)
				}
				d.atts = append(d.atts, Attribution{Text: d.input[ts:c.te], Source: name, Cue: c.cue, Start: ts, End: c.te})
			}
			if r.typ != "MEDIA" && r.typ != "PER" && d.hasName(src[0], src[1]) && r.canonical != "" && d.agentOf(src[0], src[1]) == "" && d.analystLike(src[0], src[1]) {
				d.srcOrgs = addName(d.srcOrgs, r.canonical)
			}
			// pronouns refer to people and organisations, not to "des
			// documents judiciaires".
			if r.canonical != "" || r.antecedent != "" || d.referent(src[0], src[1]) {
				d.setSubject(r)
			}
		}
	}
	d.spreadVia()
}

// asOpener returns the start of "comme l'", "comme le", "ainsi que l'", "ce
// qu'", "ce que" right before token v (a verb whose subject follows it:
// "comme l'avait rapporté Bloomberg"), or 0 when there is none.
func (d *doc) asOpener(v int) int {
	k := v - 1
	switch d.txtKey(k) {
	case "l'", "le":
		switch {
		case d.txtKey(k-1) == "comme":
			return k - 1
		case d.wf(k-1)&wQue != 0 && d.txtKey(k-2) == "ainsi":
			return k - 2
		}
	case "qu'", "que":
		if d.txtKey(k-1) == "ce" {
			return k - 1
		}
	}
	return 0
}

// sourceCue reports whether cue is a word that names a source ("selon"),
// not a verb.
func sourceCue(cue string) bool {
	switch cue {
	case "selon", "d'après", "suivant", "pour", "citer":
		return true
	}
	return false
}

// referent reports whether the noun phrase [s, e), which names nobody known,
// may still be what a later pronoun refers to: people or an organisation
// written as a common noun ("le broker", "les spécialistes"), not a document
// ("des documents judiciaires").
func (d *doc) referent(s, e int) bool {
	if a := d.agentOf(s, e); a != "" && a != "DOC" {
		return true
	}
	return d.hasName(s, e)
}

// notWho reports whether the noun phrase [s, e), which names nobody known,
// holds a number (an amount, a year, a count) and no agent noun: it cannot
// be who is reported.
func (d *doc) notWho(s, e int) bool {
	if d.agentOf(s, e) != "" || d.hasName(s, e) {
		return false
	}
	for k := s; k < e; k++ {
		if d.toks[k].kind == text.Number {
			return true
		}
	}
	return false
}

func speakerKeyOf(r resolved) string {
	if r.canonical != "" {
		return r.canonical
	}
	if r.antecedent != "" {
		return strings.ToLower(r.antecedent)
	}
	return strings.ToLower(r.text)
}

// splitSources splits "Amazon et OpenAI" into one source per name (at
// most four).
func (d *doc) splitSources(s, e int) ([4][2]int, int) {
	var out [4][2]int
	n := 0
	start := s
	for k := s + 1; k < e-1 && n < 3; k++ {
		if d.wf(k)&wEt != 0 && d.toks[k-1].flags&tCap != 0 && d.toks[k+1].flags&tCap != 0 {
			if _, ok := d.mentionAt(k - 1); ok {
				out[n] = [2]int{start, k}
				n++
				start = k + 1
			}
		}
	}
	out[n] = [2]int{start, e}
	return out, n + 1
}

// cueAttribution reads "selon X" at i (the cue runs to e).
func (d *doc) cueAttribution(i, e, hi int, p phrase) (cand, bool) {
	first := d.toks[i]
	cue := strings.ToLower(d.input[first.start:d.toks[e-1].end])
	cue = strings.ReplaceAll(cue, "’", "'")
	if strings.HasPrefix(cue, "pour") {
		// only "Pour X, ..." opening a sentence, X a person or an organisation.
		if p.role != "INITIAL" || first.flags&tSentStart == 0 {
			return cand{}, false
		}
		// not a headline ("Pour Alstom, le Père Noël est australien").
		_, shi := d.sentRange(i)
		if last := d.txt(shi - 1); last != "." && last != "»" && last != "\"" && last != "!" {
			return cand{}, false
		}
	}
	if p.role == "INITIAL" && first.flags&tSentStart == 0 {
		return cand{}, false
	}
	if cue == "suivant" {
		// "suivant Morgan", not "le trimestre suivant".
		if i > 0 && (d.isWord(i-1) && d.wf(i-1)&(wAux|wVerbStart) == 0) {
			return cand{}, false
		}
	}
	s, e2 := d.sourceNP(e, hi)
	if s == e2 {
		return cand{}, false
	}
	if p.role == "INITIAL" {
		if d.notWho(s, e2) {
			return cand{}, false // "Pour 2026, ..."
		}
		if !d.is(e2, ",") && !(d.is(e2, "") || d.wf(e2)&wQui != 0) {
			return cand{}, false
		}
		if !d.hasName(s, e2) && d.agentOf(s, e2) == "" {
			return cand{}, false
		}
	}
	if cue != "selon" && cue != "d'apres" && cue != "d'après" && cue != "suivant" && cue != "pour" {
		cue = "selon"
	}
	if cue == "d'apres" {
		cue = "d'après"
	}
	if cue == "suivant" && !d.hasName(s, e2) {
		return cand{}, false
	}
	return cand{s: s, e: e2, cue: cue, ts: int(first.start), te: int(d.toks[e2-1].end), quote: -1, att: true, cueS: i}, true
}

// verbAttributions returns the attributions and exchanges made by the verb
// group v in the sentence [lo, hi).
func (d *doc) verbAttributions(out []cand, v vgroup, lo, hi int) []cand {
	lm := d.lemma(v)
	if v.neg || lm.noque {
		return out
	}
	if v.aux && v.start == v.core-1 {
		// "après avoir averti que": the subject of the sentence reports;
		// "a dit avoir averti" is the object of another verb.
		if k := d.txtKey(v.start); k == "avoir" || k == "etre" {
			if d.txtKey(v.start-1) != "apres" {
				return out
			}
			v.ant = true
		}
	}
	used := d.toks[v.core].flags&tUsed != 0
	// the subject and the form of the report.
	var s, e int
	toOutlet := "" // the outlet named between an incise's verb and its subject
	incise := false
	avoid := -1 // a subject the pronoun of an incise does not stand for
	after := d.skipAdverbials(v.end, hi)
	switch {
	case v.inf || (v.participle && !v.aux && !v.etre):
		return out
	case v.etre && !v.refl && d.lemma(v).name != "se dire":
		return out // a passive: "il est noté que"
	case v.inv >= 0 && (d.is(after, ",") || d.is(after, ".") || after >= hi || d.toks[after].flags&tSentStart != 0 ||
		d.is(v.start-1, ",") && d.wf(v.inv)&wSubj != 0 && d.toks[after].flags&tInQuote == 0 && d.wf(after)&wQue == 0):
		// ", a-t-il fait savoir vendredi avant l'ouverture": an incise too.
		s, e, incise = v.inv, v.inv+1, true
		// ", a-t-elle annoncé" closing a clause of the same sentence: the
		// pronoun stands for the subject of that clause when a name is its
		// head ("L'AMF a infligé une amende à X, a-t-elle annoncé"); after
		// "Le groupe prévoit ...", "a-t-il indiqué" may be the last speaker.
		if d.is(v.start-1, ",") && v.start-lo > 3 {
			if ss, se := d.sentenceSubject(lo, v.start-1, 0); ss < se && se < v.start && d.namesHead(ss, se) && (d.agentOf(ss, se) == "" || d.hasName(ss, se)) &&
				d.pluralNP(ss, se) == (d.wf(v.inv)&wPlural != 0) {
				s, e = ss, se
			} else if ss < se && se < v.start && !d.hasName(ss, se) && d.agentOf(ss, se) == "COMPANY" {
				avoid = ss // "Le groupe prévoit ..., a-t-il indiqué": the last speaker, not the group
			}
		}
	case d.is(v.start-1, ",") || v.start > lo && d.toks[v.start-1].kind == text.Quote && d.toks[v.start-1].flags&tInQuote != 0 || d.asOpener(v.start) > 0:
		// (also "comme l'avait rapporté X", "ce qu'a indiqué X")
		// "a indiqué à Reuters une source proche du dossier": the subject
		// after the outlet it spoke to.
		ns, ne, to := d.invertedSubject(v.end, hi)
		toOutlet = to
		// the inverted subject names someone ("rapporte le FT", "a indiqué le
		// groupe"); "a ajouté un supplément" is an object.
		who := ns < ne && (d.hasName(ns, ne) || d.agentOf(ns, ne) != "")
		// the incise ends the sentence or the clause, maybe after a time
		// ("a annoncé le groupe ce mercredi").
		na := d.skipAdverbials(ne, hi)
		if who && (d.is(na, ",") || d.is(na, ".") || na >= hi || d.toks[na].flags&tSentStart != 0 || d.relayStarts(ne, hi) || d.wf(ne)&wTime != 0) {
			s, e, incise = ns, ne, true
			e = d.pollTail(s, e, hi)
		}
	}
	if !incise {
		if v.inv >= 0 {
			s, e = v.inv, v.inv+1
		} else {
			s, e = d.subjectBefore(v, lo, 0)
		}
	}
	if s == e {
		return out
	}
	if !incise && d.lastQueSent == int(d.toks[s].sent)+1 && d.lastQue < s && d.complementizer(d.clauseOpen(s, e)) {
		// inside the que-clause of a report already listed ("a confirmé
		// qu'il s'attendait à"); a clause of its own after a comma or a
		// conjunction reports again ("alors qu'il anticipe", "Si X estime
		// que ..., Y note que").
		return out
	}
	// an exchange with an outlet ("a déclaré X à Reuters").
	from := v.end
	if incise && e > from {
		from = e
	}
	if incise && toOutlet != "" {
		out = append(out, cand{s: s, e: e, exch: toOutlet, quote: -1, cueS: v.start})
	} else if via, _ := d.relay(from, min(hi, from+16)); via != "" {
		out = append(out, cand{s: s, e: e, exch: via, quote: -1, cueS: v.start})
	} else if p, pe, ok := d.phraseAt(lo, hi, kindRelay); ok && (p.role == "MEDIUM" || p.role == "INTERVIEW") && pe < s {
		// "Interrogé par Reuters, un porte-parole a précisé ...", "Dans un
		// entretien accordé au Monde, X estime que"
		o, ok := d.outletAt(pe)
		if p.role == "INTERVIEW" {
			o, ok = d.outletIn(pe, min(s, pe+8))
		}
		if ok && o.end <= s {
			out = append(out, cand{s: s, e: e, exch: o.name, quote: -1, cueS: v.start})
		}
	}
	// the subject is the topic for the pronouns that follow.
	out = append(out, cand{s: s, e: e, quote: -1, cueS: v.start})
	topic := len(out) - 1
	if used {
		return out
	}
	ok := incise
	if !ok {
		k := after
		// "estime dans un entretien publié jeudi qu'il", "a indiqué à l'AFP que"
		for x := 0; x < 14 && k < hi && d.wf(k)&wQue == 0; x++ {
			if d.is(k, ",") {
				if x := d.commaAdverbial(k, hi); x > k {
					k = x
					continue
				}
				break
			}
			if !d.isWord(k) || d.toks[k].flags&tInQuote != 0 {
				break
			}
			if x > 0 && d.wf(k)&wVerbStart != 0 && d.toks[k].flags&tCap == 0 {
				if v2, ok := d.verbAt(k, hi); ok && !v2.participle {
					break // the que-clause belongs to the nearer verb
				}
			}
			if x == 0 && !(d.wf(k)&(wFwdStop|wTime|wAdv) != 0 || d.toks[k].flags&tA != 0 || d.is(k, ",")) {
				break
			}
			k++
		}
		if k < hi && d.wf(k)&wQue != 0 && d.toks[k].flags&tInQuote == 0 {
			ok = true
			d.lastQue, d.lastQueSent = k, int(d.toks[k].sent)+1
		}
	}
	if !ok && !lm.ambig && !v.ant && d.isInfinitive(after, hi) {
		ok = true
	}
	if !ok && !lm.ambig && !v.ant && infClass(lm.class) && d.prepInfinitive(after, hi) {
		ok = true // "recommande à ses actionnaires d'apporter leurs titres"
	}
	if !ok && lm.pron && lm.class == "OPIN" && !lm.ambig && d.adjComplement(after, hi) {
		ok = true // "se disant prête à agir", "se dit confiant de pouvoir"
	}
	if !ok && (lm.figure || lm.number) && (d.wf(after)&wOf == 0 || d.wf(after)&wDet != 0) && !d.cueBefore(lo, v.start) {
		// (not in a sentence that "selon X" already reports: "Selon le
		// consensus FactSet, les analystes attendaient ...")
		// "prévoit un chiffre d'affaires de", "prévoit des investissements de",
		// not "prévoit de distribuer"; "attend entre 210 et 230 millions". The
		// forecaster is no plan or text ("Le plan prévoit 300 suppressions de
		// postes" is the plan's content; "le poids lourd du secteur vise" is a
		// company).
		who := incise || v.inv >= 0 || d.referent(s, e) || !d.noSourceHead(s, e)
		if who && (lm.figure && d.hasFigure(after, hi) || lm.number && d.hasAmount(after, hi)) {
			ok = true
		}
		// the amount the relative clause completes: "les 1,9 milliard que
		// le consensus attendait".
		if q := s - 1; who && !incise && v.inv < 0 && d.wf(q)&wQue != 0 && q > lo && d.hasAmount(max(lo, q-4), q) && (after >= hi || !d.isWord(after)) {
			ok = true
		}
	}
	if !ok && lm.figure && d.forecastInfinitive(after, hi) && !d.cueBefore(lo, v.start) {
		// "prévoit d'investir 300 millions d'euros", "prévoit de distribuer
		// un dividende de 2 euros": a plan with an amount. Not when the
		// sentence already names who reports it ("Selon X, Y prévoit de").
		who := incise || v.inv >= 0 || d.referent(s, e) || !d.noSourceHead(s, e)
		ok = who
	}
	if !ok {
		return out
	}
	out = append(out[:topic], out[topic+1:]...)
	if v.ant {
		s, e = d.participleSubject(lo, v.start, 0)
		if s == e {
			return out
		}
	}
	ts, te := int(d.toks[s].start), int(d.toks[v.end-1].end)
	if incise || s > v.start {
		ts, te = int(d.toks[v.start].start), int(d.toks[max(e, v.end)-1].end)
	}
	if ts > te {
		return out
	}
	return append(out, cand{s: s, e: e, cue: lm.name, ts: ts, te: te, quote: -1, att: true, cueS: v.start, avoid: avoid})
}

// forecastInfinitive reports whether an infinitive after "de" or "d'" at i
// goes on with an amount or a percentage: "d'investir 300 millions
// d'euros", "de distribuer un dividende de 2 euros", "de relever ses prix de
// 8 %".
func (d *doc) forecastInfinitive(i, hi int) bool {
	if k := d.txtKey(i); k != "de" && k != "d'" {
		return false
	}
	return d.isInfinitive(i+1, hi) && !d.tradeAdvice(i+1, hi) && d.hasAmount(i+1, hi)
}

// cueBefore reports whether a source cue ("selon X", "d'après X") sits in
// [lo, hi), in the clause that ends at hi (not before "alors que", "mais").
func (d *doc) cueBefore(lo, hi int) bool {
	for k := hi - 1; k >= lo; k-- {
		if d.wf(k)&wQue != 0 || d.is(k, ";") || d.txtKey(k) == "mais" || d.txtKey(k) == "tandis" {
			return false
		}
		if d.wf(k)&wPhrase == 0 {
			continue
		}
		if p, _, ok := d.phraseAt(k, hi, kindCue); ok && p.role == "SOURCE" {
			return true
		}
	}
	return false
}

// namesHead reports whether the noun phrase [s, e) is headed by a name or an
// agent noun ("L'AMF", "le groupe", "la banque Jefferies"), not by a thing
// that a name completes ("le titre Dravel", "les ventes de Ferlac").
func (d *doc) namesHead(s, e int) bool {
	x := s
	for x < e && x < s+2 && d.wf(x)&wDet != 0 {
		if _, ok := d.mentionAt(x); ok {
			break // "La Poste"
		}
		x++
	}
	if x >= e {
		return false
	}
	if m, ok := d.mentionAt(x); ok && m.start <= x {
		return true
	}
	return d.agentHead(s, e) == x
}

// obtained reports whether the document phrase ending at e goes on with
// who obtained it: "consulté par Reuters", "obtenu par l'AFP", "que s'est
// procuré le FT".
func (d *doc) obtained(e int) bool {
	if e > 0 && d.txtKey(e-1) != "" {
		// the frame may end the phrase: "un document consulté par l'AFP"
		for k := e - 1; k > 0 && k >= e-6; k-- {
			if d.txtKey(k) == "par" {
				if w := d.txtKey(k - 1); strings.HasPrefix(w, "consult") || strings.HasPrefix(w, "obtenu") {
					return true
				}
			}
		}
	}
	for k := max(e-1, 0); k < len(d.toks) && k < e+3; k++ {
		w := d.txtKey(k)
		if strings.HasPrefix(w, "consult") || strings.HasPrefix(w, "obtenu") || w == "procure" || w == "procuree" {
			return true
		}
		if !d.isWord(k) {
			return false
		}
	}
	return false
}

// headMention returns the mention that heads the noun phrase [s, e) ("X",
// "la banque X"), when it is headed by a name.
func (d *doc) headMention(s, e int) (mention, bool) {
	if s >= e || !d.namesHead(s, e) {
		return mention{}, false
	}
	for x := s; x < e && x < s+3; x++ {
		if m, ok := d.mentionAt(x); ok {
			return m, true
		}
	}
	return mention{}, false
}

// pluralNP reports whether the noun phrase [s, e) is plural: a plural
// determiner or names joined by "et".
func (d *doc) pluralNP(s, e int) bool {
	if d.plural(s, e) {
		return true
	}
	for k := s + 1; k < e-1; k++ {
		if d.wf(k)&wEt != 0 && d.toks[k-1].flags&tCap != 0 && d.toks[k+1].flags&tCap != 0 {
			return true
		}
	}
	return false
}

// clauseOpen returns the token before the clause whose subject is [s, e):
// s-1, or the word before a noun phrase that the subject stands in
// apposition to ("que le fonds activiste, Amber Capital, souhaite").
func (d *doc) clauseOpen(s, e int) int {
	if !d.is(s-1, ",") || !d.is(e, ",") {
		return s - 1
	}
	for k := s - 2; k >= 0 && k > s-6; k-- {
		if d.wf(k)&wQue != 0 {
			return k
		}
		if !d.isWord(k) {
			break
		}
	}
	return s - 1
}

// noSourceHead reports whether the noun phrase [s, e) is headed by a noun
// that names no one ("le plan", "l'accord", "le projet"): the nosource
// nouns of the rules.
func (d *doc) noSourceHead(s, e int) bool {
	for x := s; x < e && x < s+3; x++ {
		if en := d.entry(x); en != nil && en.nosource {
			return true
		}
		if d.wf(x)&wDet == 0 {
			return false
		}
	}
	return false
}

// complementizer reports whether token i is a "que" that opens the
// complement of a verb, not a conjunction ("alors que", "tandis que", "bien
// que", "parce que").
func (d *doc) complementizer(i int) bool {
	if d.wf(i)&wQue == 0 {
		return false
	}
	switch d.txtKey(i - 1) {
	case "alors", "tandis", "bien", "meme", "parce", "lors", "des", "avant", "apres", "pendant", "sans", "pour", "afin", "depuis", "ainsi", "si":
		return false
	}
	return true
}

// pollTail returns the end of the people noun phrase [s, e) extended by the
// poll that sampled them, written without a comma: "les économistes
// interrogés par Reuters", "un analyste sondé par AWP". It returns e when no
// such frame follows.
func (d *doc) pollTail(s, e, hi int) int {
	if e >= hi || s >= e {
		return e
	}
	switch d.agentOf(s, e) {
	case "ANON", "ANALYST", "PERSON", "STAFF":
	default:
		return e
	}
	p, pe, ok := d.phraseAt(e, hi, kindRelay)
	if !ok || p.role != "MEDIUM" || d.toks[e].flags&tCap != 0 || strings.HasPrefix(d.txtKey(e), "cit") {
		return e
	}
	if o, ok := d.outletAt(pe); ok && o.end <= hi {
		return o.end
	}
	if o, ok := d.nameAt(d.describedName(pe, hi)); ok && o.end <= hi {
		return o.end
	}
	return e
}

// describedName returns where a name starts after a determiner and a noun
// that describes it ("la firme LSEG", "la firme de données financières
// LSEG", "le cabinet Kerwood"), or i when no such description opens at i.
func (d *doc) describedName(i, hi int) int {
	k := i
	if k < hi && d.wf(k)&wDet != 0 && d.toks[k].flags&tCap == 0 {
		k++
	}
	if k >= hi || k == i || d.toks[k].flags&tCap != 0 || d.agentOf(k, k+1) == "" {
		return i
	}
	for x := k + 1; x < hi && x <= k+4; x++ {
		if !d.isWord(x) || d.toks[x].flags&tInQuote != 0 {
			break
		}
		if m, ok := d.mentionAt(x); ok && m.start == x {
			return x
		}
		if d.toks[x].flags&tCap != 0 {
			break
		}
	}
	return i
}

// infClass reports whether verbs of the class report with an infinitive
// after "de" or "à": requests ("recommande d'apporter"). Promises and threats
// ("promet de verser", "menace de bloquer") announce acts, not reports.
func infClass(c string) bool { return c == "REQ" }

// prepInfinitive reports whether an infinitive after "de" or "à" starts at
// i, maybe after an indirect object ("à ses actionnaires d'apporter", "leur
// de") or a direct one ("les actionnaires à voter").
func (d *doc) prepInfinitive(i, hi int) bool {
	k := i
	if kk := d.txtKey(k); kk == "lui" || kk == "leur" || kk == "nous" || kk == "vous" {
		k++
	}
	if k < hi && (d.toks[k].flags&tA != 0 || d.txtKey(k) == "au" || d.txtKey(k) == "aux" || d.wf(k)&wDet != 0) {
		// skip the objects: short noun phrases up to "de" or "à" ("à
		// l'unanimité à ses actionnaires d'accepter").
		for x := k + 1; x < hi && x <= k+10; x++ {
			if !d.isWord(x) || d.toks[x].flags&tInQuote != 0 {
				return false
			}
			if kk := d.txtKey(x); (kk == "de" || kk == "d'" || d.toks[x].flags&tA != 0) && d.isInfinitive(x+1, hi) {
				return !d.tradeAdvice(x+1, hi)
			}
		}
		return false
	}
	if kk := d.txtKey(k); k >= hi || kk != "de" && kk != "d'" && d.toks[k].flags&tA == 0 {
		return false
	}
	return d.isInfinitive(k+1, hi) && !d.tradeAdvice(k+1, hi)
}

// tradeAdvice reports whether the infinitive at i advises a trade in the
// stock ("de se débarrasser du titre", "d'acheter l'action", "d'alléger"): a
// rating, not a report ("recommande d'apporter ses titres à l'offre" is one).
func (d *doc) tradeAdvice(i, hi int) bool {
	if d.wf(i)&wRefl != 0 {
		i++
	}
	return d.wf(i)&wTrade != 0
}

// adjComplement reports whether an adjective with an infinitive or a
// que-clause starts at i: "prête à agir", "confiant de pouvoir", "certain
// que".
func (d *doc) adjComplement(i, hi int) bool {
	if i+1 >= hi || d.toks[i].kind != text.Word || d.toks[i].flags&(tCap|tInQuote) != 0 || d.wf(i)&(wDet|wOf|wFwdStop) != 0 {
		return false
	}
	// "convaincu, dans un entretien à l'AFP, de réunir": past an inserted
	// adverbial between commas.
	if x := d.insertedAdverbial(i+1, hi); x > i+1 {
		i = x - 1
	}
	if d.wf(i+1)&wQue != 0 {
		return true
	}
	if k := d.txtKey(i + 1); k == "a" || k == "de" || k == "d'" {
		switch strings.ToLower(d.txt(i + 2)) {
		case "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en":
			i++ // "prête à les baisser"
		}
		if d.isInfinitive(i+2, hi) {
			return true
		}
		// short infinitives the general test leaves out ("agir", "voir").
		if i+2 < hi && d.toks[i+2].kind == text.Word && d.toks[i+2].flags&tCap == 0 {
			w := d.txt(i + 2)
			return len(w) == 4 && (strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "er")) && d.wf(i+2)&wNotInf == 0
		}
	}
	return false
}

// insertedAdverbial returns the index after an adverbial inserted between
// commas at i (", dans un entretien à l'AFP,", ", selon lui,", ", mardi,"):
// a short phrase that opens with a preposition, a relay frame or a time
// word; i when there is none.
func (d *doc) insertedAdverbial(i, hi int) int {
	if !d.is(i, ",") || i+1 >= hi {
		return i
	}
	if x := d.commaAdverbial(i, hi); x > i {
		return x
	}
	k := i + 1
	if d.toks[k].flags&tCap != 0 || d.wf(k)&(wPrepStop|wFwdStop|wTime) == 0 && !d.relayStarts(k, hi) || d.wf(k)&(wQue|wQui|wEt) != 0 {
		return i
	}
	for x := k + 1; x < hi && x <= k+10; x++ {
		if d.is(x, ",") {
			return x + 1
		}
		if !d.isWord(x) || d.toks[x].flags&tInQuote != 0 {
			break
		}
	}
	return i
}

// relayStarts reports whether a relay frame starts at i.
func (d *doc) relayStarts(i, hi int) bool {
	_, _, ok := d.phraseAt(i, hi, kindRelay)
	return ok
}

// isInfinitive reports whether an infinitive starts at i ("s'attendre",
// "avoir dégagé", "relever").
func (d *doc) isInfinitive(i, hi int) bool {
	if i >= hi {
		return false
	}
	if d.wf(i)&wNeg != 0 && i+1 < hi && d.wf(i+1)&wNeg != 0 {
		i += 2
	}
	if i < hi && d.wf(i)&wRefl != 0 {
		i++
	}
	if i >= hi || d.toks[i].kind != text.Word || d.toks[i].flags&(tCap|tInQuote) != 0 {
		return false
	}
	w := d.txtKey(i)
	if d.wf(i)&wNotInf != 0 && w != "avoir" && w != "etre" && w != "pouvoir" && w != "devoir" && w != "faire" && w != "dire" {
		return false
	}
	if w == "avoir" || w == "etre" {
		return true
	}
	w = d.txt(i) // lower case: the endings are ASCII
	for _, suf := range []string{"er", "ir", "re", "oir"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hasAmount reports whether an amount or a percentage follows in the next
// words of the sentence: a number with "%", a scale or a currency after it
// ("entre 210 et 230 millions d'euros", "de 5 %"), not a date or a count.
func (d *doc) hasAmount(i, hi int) bool {
	for k := i; k < hi && k < i+14; k++ {
		t := d.toks[k]
		if t.flags&tInQuote != 0 || d.is(k, ".") || d.is(k, ";") {
			return false
		}
		if t.kind != text.Number {
			continue
		}
		for x := k + 1; x < hi && x <= k+2; x++ {
			if d.is(x, "%") || d.wf(x)&wUnit != 0 {
				return true
			}
			if d.toks[x].kind != text.Number && d.wf(x)&wEt == 0 && d.txtKey(x) != "a" {
				break
			}
		}
	}
	return false
}

// hasFigure reports whether a number, a percentage or a trend word follows
// in the next words of the sentence.
func (d *doc) hasFigure(i, hi int) bool {
	for k := i; k < hi && k < i+14; k++ {
		t := d.toks[k]
		if t.flags&tInQuote != 0 {
			return false
		}
		if t.kind == text.Number || d.wf(k)&wTrend != 0 || d.is(k, "%") {
			return true
		}
		if d.is(k, ".") || d.is(k, ";") {
			return false
		}
	}
	return false
}
