package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/text"
)

// rawQuote is a quote being attributed.
type rawQuote struct {
	Quote
	open, close   int // tokens of the marks (close == len(toks) when cut off)
	innerS, inner int // token range of the words
	drop          bool
	spkS, spkE    int // speaker tokens, spkS == spkE when none
	verb          vgroup
	hasVerb       bool
	channel       bool
	inherit       int // quote whose speaker this one shares, -1
	prevSpeaker   bool
	cuePos        int
	key           string // who spoke, for spreading the relay
	resolved      bool
}

// exchange is an interview or a statement to an outlet: every quote of the
// speaker from that exchange is relayed by the outlet.
type exchange struct {
	s, e  int // speaker tokens
	via   string
	canon string
	text  string
}

// attributeQuotes turns mark pairs into quotes and finds the cue, speaker
// and relay of each.
func (d *doc) attributeQuotes() {
	for _, p := range d.pairs {
		d.addQuote(p)
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.inherit >= 0 || q.hasVerb || q.spkS < q.spkE {
			continue
		}
		d.cueFor(qi)
	}
}

// addQuote checks a pair of marks and adds its quote (or the parts of it
// that an incise separates).
func (d *doc) addQuote(p pair) {
	is, ie := p.open+1, p.close
	if ie > len(d.toks) {
		ie = len(d.toks)
	}
	words := 0
	allCaps := true
	for k := is; k < ie; k++ {
		if d.isWord(k) {
			w := d.txt(k)
			elided := strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")
			compound := k > is+1 && d.dash(k-1) && d.toks[k].flags&tSpace == 0 && d.toks[k-1].flags&tSpace == 0 && d.isWord(k-2)
			if !elided && !compound {
				words++
			}
			if d.toks[k].flags&tCap == 0 && d.wf(k)&wNameSmall == 0 {
				allCaps = false
			}
		}
	}
	if words < d.a.minWords {
		return
	}
	// a short phrase in ASCII single quotes is a term ('pondérer en ligne')
	// unless somebody says it.
	if words <= 4 && d.txt(p.open) == "'" && !d.cueNear(p) && !d.verbBefore(p.open, true) && (d.wf(is)&wRating != 0 || !d.inciseAfter(p)) {
		return
	}
	// a name or a title: "le fonds baptisé « Avenir Climat Europe »"; but
	// "a jugé le plan « brutal et injustifié »" and "Une opération « bien
	// pensée dans l'ensemble », juge X" are words somebody said.
	if e := d.entry(p.open - 1); e != nil && e.title && !d.judged(p) {
		return
	}
	if allCaps && words <= 6 && !d.cueNear(p) {
		return
	}
	if p.cut {
		d.warns = append(d.warns, Warning{Message: "quotes: closing quotation mark missing at the end of the text",
			Start: int(d.toks[p.open].start), End: int(d.toks[len(d.toks)-1].end)})
	}
	// incises split the quote into parts that share the speaker.
	first := len(d.quotes)
	s := is
	for k := is + 1; k < ie-2; k++ {
		if !d.is(k, ",") {
			continue
		}
		v, ok := d.verbAt(k+1, ie)
		if !ok || v.inf || v.ant || (v.participle && !v.aux) || v.neg {
			continue
		}
		var ns, ne int
		end := v.end
		toOutlet := ""
		if v.inv >= 0 {
			ns, ne = v.inv, v.inv+1
		} else {
			ns, ne, toOutlet = d.invertedSubject(v.end, ie)
			if ns == ne {
				continue
			}
			end = ne
		}
		// end of the incise: the next comma or period; an apposition after
		// a name runs to the period ("a déclaré Brian Porter, le pdg.").
		if d.is(end, ",") && v.inv < 0 {
			for x := end + 1; x < ie && x < end+8; x++ {
				if d.is(x, ".") {
					end = x
					break
				}
				if !d.isWord(x) {
					break
				}
			}
		}
		via, channel := d.relay(end, min(ie, end+14))
		if toOutlet != "" {
			via, channel = toOutlet, false
		}
		for end < ie && !(d.is(end, ",") || d.is(end, ".") || d.is(end, ";")) {
			if end-ne > 14 {
				break
			}
			end++
		}
		if !(d.is(end, ",") || d.is(end, ".") || d.is(end, ";")) {
			continue
		}
		rest := 0
		for x := end + 1; x < ie; x++ {
			if d.isWord(x) {
				rest++
			}
		}
		if rest < 2 || k-s < 1 {
			continue
		}
		q := d.newQuote(p, s, k)
		q.verb, q.hasVerb, q.spkS, q.spkE = v, true, ns, ne
		q.Via, q.channel, q.cuePos = via, channel, v.start
		if len(d.quotes) > first {
			q.inherit = first
		}
		d.quotes = append(d.quotes, q)
		for x := s; x < k; x++ {
			d.toks[x].flags |= tInQuote
		}
		for x := k; x <= end; x++ {
			d.toks[x].flags |= tUsed
		}
		s = end + 1
		k = end
	}
	for x := s; x < ie; x++ {
		d.toks[x].flags |= tInQuote
	}
	d.toks[p.open].flags |= tInQuote
	if p.close < len(d.toks) {
		d.toks[p.close].flags |= tInQuote
	}
	q := d.newQuote(p, s, ie)
	if len(d.quotes) > first {
		q.inherit = first
	}
	d.quotes = append(d.quotes, q)
}

// clitic reports whether token i is an object pronoun before a verb: le,
// la, les, l', lui, leur.
func (d *doc) clitic(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].flags&tCap != 0 {
		return false
	}
	switch d.txtKey(i) {
	case "le", "la", "les", "l'", "lui", "leur":
		return true
	}
	return false
}

// inciseAfter reports whether an incise with a reporting verb ends the
// sentence of pair p: "'très nettement sous-évalué' à ce stade, estime X".
func (d *doc) inciseAfter(p pair) bool {
	if p.close >= len(d.toks) {
		return false
	}
	_, hi := d.sentRange(p.close)
	for k := p.close + 1; k+1 < hi && k < p.close+30; k++ {
		if d.toks[k].kind == text.Quote {
			return false
		}
		if !d.is(k, ",") || d.wf(k+1)&(wVerbStart|wAux) == 0 {
			continue
		}
		if v, ok := d.verbAt(k+1, hi); ok && !v.inf && !v.ant && !(v.participle && !v.aux) && !v.neg {
			if v.inv >= 0 {
				return true
			}
			s, e, _ := d.invertedSubject(v.end, hi)
			return d.who(s, e)
		}
	}
	return false
}

// judged reports whether the quoted words of p, which follow a title noun
// ("le plan", "l'opération"), are a judgement somebody made rather than a
// name: they start with a lower-case word, and a verb of opinion governs the
// noun ("a jugé le plan « ... »") or a reporting verb follows the quote
// ("« ... », juge X").
func (d *doc) judged(p pair) bool {
	w := p.open + 1
	if w >= p.close || d.toks[w].kind != text.Word || d.toks[w].flags&tCap != 0 {
		return false
	}
	judging := func(v vgroup) bool {
		switch d.lemma(v).class {
		case "OPIN", "CRIT", "POS", "WARN", "DENY":
			return true
		}
		return false
	}
	if p.close >= len(d.toks) {
		return false
	}
	j := p.close + 1
	if d.is(j, ",") {
		if v, ok := d.verbAt(j+1, len(d.toks)); ok && judging(v) && !v.inf && !v.ant {
			return true // "« ... », juge X"
		}
	}
	// the quote ends the clause: "a jugé le plan « ... » et appelé à la
	// grève", not "a dénoncé l'opération « coup de poing » des actionnaires".
	if j < len(d.toks) && d.isWord(j) && d.wf(j)&wEt == 0 && d.txtKey(j) != "mais" {
		return false
	}
	k := p.open - 1 // the title noun
	if d.wf(k-1)&wDet != 0 {
		k--
	}
	lo, _ := d.sentRange(p.open)
	v, ok := d.verbEndingAt(k, lo)
	return ok && judging(v)
}

// cueNear reports whether a reporting verb or a colon sits right before or
// after the pair.
func (d *doc) cueNear(p pair) bool {
	if d.is(p.open-1, ":") {
		return true
	}
	j := p.close + 1
	if d.is(j, ",") {
		j++
	}
	_, ok := d.verbAt(j, len(d.toks))
	return ok
}

// verbBefore reports whether a reporting verb precedes token o in its
// sentence.
func (d *doc) verbBefore(o int, strict bool) bool {
	lo, _ := d.sentRange(o)
	for k := o - 1; k >= lo && k >= o-40; k-- {
		if d.wf(k)&(wVerbStart|wAux) != 0 {
			if v, ok := d.verbAt(k, o); ok && !v.inf && !(strict && d.lemma(v).ambig) {
				return true
			}
		}
	}
	return false
}

// newQuote builds the quote for the words [s, e) of pair p.
func (d *doc) newQuote(p pair, s, e int) rawQuote {
	q := rawQuote{open: p.open, close: p.close, innerS: s, inner: e, inherit: -1, cuePos: -1}
	bs := int(d.toks[p.open].end)
	if s > p.open+1 {
		bs = int(d.toks[s].start)
	}
	var be int
	switch {
	case e < p.close || p.close >= len(d.toks):
		be = int(d.toks[e-1].end)
	default:
		be = int(d.toks[p.close].start)
	}
	bs, be = trimSpace(d.input, bs, be)
	q.Start, q.End, q.Text = bs, be, d.input[bs:be]
	q.OuterStart = int(d.toks[p.open].start)
	if s > p.open+1 {
		q.OuterStart = bs
	}
	q.OuterEnd = be
	if e == p.close && p.close < len(d.toks) {
		q.OuterEnd = int(d.toks[p.close].end)
	}
	return q
}

func trimSpace(s string, i, j int) (int, int) {
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !text.IsSpace(r) {
			break
		}
		i += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !text.IsSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// cueFor finds the cue and speaker of quote qi: a verb after it (« ... »,
// a déclaré X), a verb or a colon before it (X a déclaré : « ... »), "selon
// X" or "pour X" in its sentence, or the speaker of the quote before.
func (d *doc) cueFor(qi int) {
	q := &d.quotes[qi]
	n := len(d.toks)
	// after: the closing mark, an optional comma, a verb in inverted position.
	if q.close < n {
		j := q.close + 1
		if d.is(j, ",") {
			j++
		}
		if j < n && d.toks[j].flags&tNL == 0 {
			_, hi := d.sentRange(j)
			hi = max(hi, min(n, j+30))
			if v, ok := d.verbAt(j, hi); ok && !v.inf && !v.ant && !(v.participle && !v.aux) {
				q.verb, q.hasVerb, q.cuePos = v, true, v.start
				lo, _ := d.sentRange(q.open)
				// the sentence reports more than the quote, unless the words
				// before it are only the subject of the quoted predicate
				// ("Les critiques de X « ne sont pas conformes », estime Y").
				extra := d.countWords(lo, q.open) >= 3 && !d.predicateQuote(q)
				end := v.end
				switch {
				case v.inv >= 0:
					q.spkS, q.spkE = v.inv, v.inv+1
				case v.etre && !v.refl && d.txtKey(v.end) == "par":
					q.spkS, q.spkE = d.npForward(v.end+1, hi)
				default:
					// "a confié à l'AFP un haut fonctionnaire"
					q.spkS, q.spkE, _ = d.invertedSubject(v.end, hi)
					if q.spkS == q.spkE {
						// "indique dans un communiqué le groupe"
						if p, pe, ok := d.phraseAt(d.skipAdverbials(v.end, hi), hi, kindRelay); ok && p.role == "CHANNEL" {
							q.spkS, q.spkE = d.npForward(pe, hi)
						}
					}
				}
				if q.spkE > end {
					end = q.spkE
				}
				var rend int
				q.Via, q.channel, rend = d.relayEnd(v.end, hi)
				if !extra {
					// the cue, the speaker and the relay frame after it.
					d.markUsed(v.start, max(end, rend))
				}
				return
			}
			if p, e, ok := d.phraseAt(j, hi, kindCue); ok && p.role == "SOURCE" {
				if s, e2 := d.sourceNP(e, hi); s < e2 {
					q.spkS, q.spkE, q.cuePos = s, e2, j
					d.markUsed(j, e2)
					return
				}
			}
		}
	}
	// before: the nearest cue in the sentence (or the paragraph before a colon).
	o := q.open
	lo, _ := d.sentRange(o)
	if d.toks[o].flags&tPara != 0 && o > 0 && d.is(o-1, ":") {
		lo, _ = d.sentRange(o - 1)
	} else if o > 0 && d.is(o-1, ":") && d.toks[o-1].flags&tSentStart != 0 {
		lo, _ = d.sentRange(o - 1)
	}
	if o-lo > 80 {
		lo = o - 80
	}
	end := o
	if d.is(o-1, ":") {
		end = o - 1
	}
	for k := end - 1; k >= lo; k-- {
		if d.toks[k].flags&tInQuote != 0 {
			continue // an earlier fragment of the same sentence
		}
		if p, e, ok := d.phraseAt(k, end, kindCue); ok && (p.role == "SOURCE" || p.role == "INITIAL" && d.toks[k].flags&tSentStart != 0) {
			if s, e2 := d.sourceNP(e, end); s < e2 && (p.role == "SOURCE" || d.is(e2, ",") && !d.notWho(s, e2)) {
				q.spkS, q.spkE, q.cuePos = s, e2, k
				// "Selon le broker, une surenchère paraît « peu probable »": the
				// sentence reports more than the quote, the cue also attributes.
				if d.countWords(d.skipAdverbials(e2, o), o) < 3 {
					d.markUsed(k, e2)
				}
				return
			}
		}
		if d.wf(k)&(wVerbStart|wAux|wRefl) == 0 || d.relayStarts(k, end) {
			continue // (not "Interrogée par Le Temps," either: a relay)
		}
		v, ok := d.verbAt(k, end)
		if ok && v.participle && !v.aux && v.end == o && q.close+2 < n && d.txtKey(q.close+1) == "par" {
			// "une journée jugée « très convaincante » par le bureau d'études"
			_, shi := d.sentRange(q.close)
			if s, e := d.npForward(q.close+2, shi); s < e && (d.hasName(s, e) || d.agentOf(s, e) != "") {
				q.verb, q.hasVerb, q.cuePos = v, true, v.start
				q.spkS, q.spkE = s, e
				d.markUsed(v.start, v.end)
				return
			}
		}
		if !ok || v.inf || v.participle && !v.aux && d.txtKey(v.end) != "par" {
			continue
		}
		if v.ant && !v.refl && !d.is(v.start-1, ",") && d.txtKey(v.start-1) != "en" && !(d.clitic(v.start-1) && d.is(v.start-2, ",")) {
			continue // "se montrer confiant", "un message rassurant": an adjective; ", la jugeant « ... »" is a cue
		}
		if v2, ok := d.verbEndingAt(v.end, lo); ok && v2.core == v.core {
			v = v2
		}
		// "a relevé son objectif ..., en raison « ... »" is no report; "vise
		// une croissance de 4 % et une marge « au moins stable »" is: a
		// forecast's object holds the quote.
		if d.lemma(v).ambig && o-v.end > 3 && !d.queBetween(v.end, o) && !(d.lemma(v).forecast && d.sameClause(v.end, o)) {
			continue
		}
		q.verb, q.hasVerb, q.cuePos = v, true, v.start
		switch {
		case d.passive(v) && d.txtKey(v.end) == "par":
			q.spkS, q.spkE = d.npForward(v.end+1, end)
		case v.inv >= 0:
			q.spkS, q.spkE = v.inv, v.inv+1
		default:
			q.spkS, q.spkE = d.subjectBefore(v, lo, 0)
		}
		q.Via, q.channel = d.relay(v.end, end)
		if q.Via == "" && !q.channel {
			_, shi := d.sentRange(min(n-1, q.inner))
			q.Via, q.channel = d.relayAfterQuote(q, shi)
		}
		if q.Via == "" && !q.channel && q.spkS > lo {
			// "Mardi, sur LinkedIn, X a écrit : « ... »": a channel named
			// before the subject (an outlet there is read as an exchange).
			if _, ch := d.relay(lo, q.spkS); ch {
				q.channel = true
			}
		}
		// the sentence reports more than the quote: the cue also attributes.
		if d.countWords(d.clauseBody(v.end, o), o) < 3 {
			d.markUsed(v.start, v.end)
		}
		return
	}
	if end < o && end >= lo {
		// "Microsoft : « ... »"; "Le PDG a voulu se montrer rassurant devant
		// les analystes : « ... »": the subject of the clause.
		s, e := d.npBackward(end, lo)
		if s > lo || s == e {
			if ss, se := d.sentenceSubject(lo, max(s, lo), 0); ss < se && (d.hasName(ss, se) || d.agentOf(ss, se) != "") {
				s, e = ss, se
			} else if ls, le := d.leadSubject(lo, end); ls < le {
				// "X, qui se veut confiant pour la suite :": the name that
				// opens the clause, not the complement before the colon.
				s, e = ls, le
			}
		}
		if s < e {
			q.spkS, q.spkE = s, e
			// "Interrogée par Le Temps, X, qui se veut prudente : « ... »"
			if s > lo {
				q.Via, q.channel = d.relay(lo, s)
			}
			return
		}
	}
	// "selon X" later in the sentence.
	selonAfter := false
	if q.close < n {
		_, hi := d.sentRange(q.close)
		for k := q.close + 1; k < hi && k < q.close+40; k++ {
			if d.toks[k].flags&tInQuote != 0 {
				break
			}
			if p, e, ok := d.phraseAt(k, hi, kindCue); ok && p.role == "SOURCE" {
				if s, e2 := d.sourceNP(e, hi); s < e2 {
					q.spkS, q.spkE, q.cuePos = s, e2, k
					return
				}
				selonAfter = true
			}
		}
	}
	// a passive later in the sentence: « ... » formulées ... sont considérées par X.
	if q.close < n {
		_, hi := d.sentRange(q.close)
		for k := q.close + 1; k < hi && k < q.close+25; k++ {
			if d.toks[k].flags&tInQuote != 0 {
				break
			}
			if d.wf(k)&(wAux|wVerbStart) == 0 {
				continue
			}
			if v, ok := d.verbAt(k, hi); ok && d.passive(v) && d.txtKey(v.end) == "par" {
				if s, e := d.npForward(v.end+1, hi); s < e {
					q.verb, q.hasVerb, q.cuePos = v, true, v.start
					q.spkS, q.spkE = s, e
					d.markUsed(v.start, e)
					return
				}
			}
		}
	}
	// a quote standing alone: the speaker of the sentence or quote before.
	standalone := d.toks[o].flags&(tSentStart|tPara) != 0 || o > 0 && d.toks[o-1].flags&tSentStart != 0 && !d.isWord(o-1)
	if standalone {
		if lo2, _ := d.sentRange(max(0, lo-1)); lo > 0 {
			for k := lo2; k < lo; k++ {
				if p, e, ok := d.phraseAt(k, lo, kindCue); ok && (p.role == "SOURCE" || p.role == "INITIAL" && d.toks[k].flags&tSentStart != 0) {
					if s, e2 := d.sourceNP(e, lo); s < e2 && !d.notWho(s, e2) {
						q.spkS, q.spkE = s, e2
						return
					}
				}
			}
		}
		if qi > 0 {
			pq := &d.quotes[qi-1]
			if int(d.toks[o].para)-int(d.toks[pq.open].para) <= 3 {
				q.prevSpeaker = true
				return
			}
		}
		return
	}
	// a fragment in a sentence: the sentence's subject when it names someone.
	if selonAfter {
		return // "..., selon" and the source is lost
	}
	if d.trailingIncise(q) {
		return
	}
	if s, e := d.sentenceSubject(lo, o, 0); s < e && e-s <= 7 && (d.hasName(s, e) || d.agentOf(s, e) != "") {
		q.spkS, q.spkE = s, e
	}
}

// trailingIncise reads an incise that ends the sentence of a quoted
// fragment: « ... », soit 14 millions, alors que « ... », affirme le fonds
// dans son assignation. The inverted subject must name someone.
func (d *doc) trailingIncise(q *rawQuote) bool {
	if q.close >= len(d.toks) {
		return false
	}
	_, hi := d.sentRange(q.close)
	for k := q.close + 1; k+1 < hi && k < q.close+60; k++ {
		if d.toks[k].flags&tInQuote != 0 {
			continue // a later fragment of the same sentence
		}
		if !d.is(k, ",") || d.wf(k+1)&(wVerbStart|wAux) == 0 {
			continue
		}
		v, ok := d.verbAt(k+1, hi)
		if !ok || v.inf || v.ant || v.participle && !v.aux || v.neg || v.start != k+1 {
			continue
		}
		var s, e int
		if v.inv >= 0 {
			s, e = v.inv, v.inv+1
		} else {
			s, e, _ = d.invertedSubject(v.end, hi)
			if s == e || !d.hasName(s, e) && d.agentOf(s, e) == "" {
				continue
			}
		}
		// the incise ends the sentence, maybe with a place, a channel, a
		// relative clause or an apposition about its subject (", qui abaisse
		// son objectif", ", gérant chez X").
		x := d.skipAdverbials(e, hi)
		if x < hi && !d.is(x, ".") && !d.relayStarts(x, hi) && d.txtKey(x) != "dans" &&
			!(d.is(x, ",") && (d.wf(x+1)&wQui != 0 || d.wf(x+1)&wDet != 0 || d.agentOf(x+1, x+2) != "")) {
			continue
		}
		q.verb, q.hasVerb, q.cuePos = v, true, v.start
		q.spkS, q.spkE = s, e
		q.Via, q.channel = d.relay(e, hi)
		d.markUsed(v.start, v.end)
		return true
	}
	return false
}

// who reports whether the noun phrase [s, e) names someone: a name or an
// agent noun ("le broker", "un porte-parole").
func (d *doc) who(s, e int) bool {
	return s < e && (d.hasName(s, e) || d.agentOf(s, e) != "")
}

// leadSubject returns the subject that opens the clause [lo, hi) when it
// names someone: "Paul Girard, qui se veut confiant :", "Le directeur
// général de X, Paul Girard, se veut rassurant :", "Il se veut serein :".
// A fronted adverbial up to a comma ("Lors de la conférence,") is skipped.
func (d *doc) leadSubject(lo, hi int) (int, int) {
	x := d.skipAdverbials(lo, hi)
	if x < hi && d.isWord(x) && (d.wf(x)&(wPrepStop|wFwdStop|wBackStop) != 0 && d.wf(x)&(wDet|wSubj) == 0 || d.relayStarts(x, hi)) {
		y := x
		for k := x + 1; k < hi && k < x+12; k++ {
			if d.toks[k].flags&tInQuote != 0 {
				break
			}
			if d.is(k, ",") {
				y = d.skipAdverbials(k+1, hi)
				break
			}
		}
		if y == x {
			return hi, hi
		}
		x = y
	}
	if x >= hi || d.toks[x].flags&tInQuote != 0 {
		return hi, hi
	}
	if d.wf(x)&wSubj != 0 {
		return x, x + 1
	}
	s, e := d.npForward(x, hi)
	// the subject ends before a verb ("Paul Girard se veut") or after the
	// name when lower-case words follow it ("Paul Girard veut rassurer").
	for k := s + 1; k < e; k++ {
		if d.toks[k].flags&tCap == 0 && d.wf(k)&(wRefl|wAux|wNeg|wSubj) != 0 {
			e = k
			break
		}
		if m, ok := d.mentionAt(k - 1); ok && m.end == k && d.isWord(k) && d.toks[k].flags&tCap == 0 && d.wf(k)&(wOf|wDet|wEt) == 0 {
			e = k
			break
		}
	}
	if !d.who(s, e) {
		return hi, hi
	}
	return s, e
}

// invertedSubject reads the subject inverted after the verb group that
// ends at i: "a déclaré le PDG", or after the outlet the words were given to,
// "a confié à l'AFP un haut fonctionnaire", "a expliqué au Temps son
// directeur général". It returns the subject's tokens (empty when none) and
// that outlet ("" when none).
func (d *doc) invertedSubject(i, hi int) (int, int, string) {
	x := d.skipAdverbials(i, hi)
	if p, pe, ok := d.phraseAt(x, hi, kindRelay); ok && (p.role == "TO" || p.role == "MEDIUM") {
		if o, ok := d.outletAt(pe); ok {
			s, e := d.npForward(o.end, hi)
			return s, e, o.name
		}
	}
	s, e := d.npForward(i, hi)
	if s == e && x < hi && d.isWord(x) && d.toks[x].flags&tCap == 0 && d.wf(x)&(wFwdStop|wPrepStop) != 0 && d.wf(x)&(wQue|wQui|wEt) == 0 && !d.relayStarts(x, hi) {
		// "a affirmé en conférence téléphonique la présidente, X": past a
		// short adverbial to a subject that ends the clause.
		for k := x + 1; k < hi && k <= x+5; k++ {
			if !d.isWord(k) || d.toks[k].flags&tInQuote != 0 || d.wf(k)&(wQue|wQui) != 0 {
				break
			}
			if d.wf(k)&wDet == 0 && d.toks[k].flags&tCap == 0 {
				continue
			}
			if ns, ne := d.npForward(k, hi); d.who(ns, ne) && d.agentOf(ns, ne) != "DOC" && (ne >= hi || d.is(ne, ",") || d.is(ne, ".")) {
				return ns, ne, ""
			}
			break
		}
	}
	return s, e, ""
}

// sameClause reports whether [i, j) holds no comma, colon, semicolon or
// period: one clause.
func (d *doc) sameClause(i, j int) bool {
	for k := i; k < j; k++ {
		if d.is(k, ",") || d.is(k, ":") || d.is(k, ";") || d.is(k, ".") {
			return false
		}
	}
	return true
}

// queBetween reports whether "que" or "qu'" sits in [i, j).
func (d *doc) queBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if d.wf(k)&wQue != 0 {
			return true
		}
	}
	return false
}

// relayAfterQuote looks for a relay frame after the quote in its sentence.
func (d *doc) relayAfterQuote(q *rawQuote, hi int) (string, bool) {
	if q.close >= len(d.toks) {
		return "", false
	}
	return d.relay(q.close+1, hi)
}

// predicateQuote reports whether the quoted words open with a verb form
// (a negation, an auxiliary, a reflexive): the quote is the predicate of the
// words before it.
func (d *doc) predicateQuote(q *rawQuote) bool {
	i := q.innerS
	if i >= q.inner || d.toks[i].kind != text.Word || d.toks[i].flags&tCap != 0 && i != q.open+1 {
		return false
	}
	return d.wf(i)&(wNeg|wAux|wRefl) != 0 && d.toks[i].flags&tA == 0
}

// clauseBody returns where the words a cue at i reports begin, before o:
// past adverbials, a "que" and the adverbials after it ("affirme que, pour
// sa part, X « ... »").
func (d *doc) clauseBody(i, o int) int {
	i = d.skipAdverbials(i, o)
	if i < o && d.wf(i)&wQue != 0 {
		i = d.skipAdverbials(i+1, o)
	}
	return i
}

// countWords counts the words of [i, j), up to 10.
func (d *doc) countWords(i, j int) int {
	n := 0
	i = max(i, j-30)
	for k := i; k < j && n < 10; k++ {
		if d.isWord(k) && d.wf(k)&wQue == 0 {
			n++
		}
	}
	return n
}

func (d *doc) markUsed(i, j int) {
	for k := i; k < j && k < len(d.toks); k++ {
		d.toks[k].flags |= tUsed
	}
}

// sourceNP reads the noun phrase after "selon": a noun phrase, or a strong
// pronoun ("selon lui").
func (d *doc) sourceNP(i, hi int) (int, int) {
	if i < hi && d.wf(i)&wStrong != 0 && d.toks[i].flags&tCap == 0 {
		return i, i + 1
	}
	s, e := d.npForward(i, hi)
	if s == e {
		return s, e
	}
	k := d.txtKey(s)
	if k == "nos" || k == "notre" || k == "laquelle" || k == "lequel" || k == "lesquels" || k == "lesquelles" {
		return s, s
	}
	// "selon ses estimations" names its source; "selon leurs finalités" does not.
	if (k == "son" || k == "sa" || k == "ses" || k == "leur" || k == "leurs") && d.agentOf(s, e) == "" && !possessiveSource[d.txtKey(s+1)] {
		return s, s
	}
	for x := s; x < e && x < s+3; x++ {
		if en := d.entry(x); en != nil && en.nosource {
			return s, s
		}
		if d.wf(x)&wDet == 0 {
			break
		}
	}
	// "selon les projections des services de l'institution": who made the
	// figures, named in the complement.
	if x := d.dataHead(s, e); x > 0 {
		if cs, ce := d.npForward(x, hi); cs < ce && (d.hasName(cs, ce) || d.agentOf(cs, ce) != "" || d.dataHead(cs, ce) > 0) {
			if y := d.dataHead(cs, ce); y > 0 {
				if ys, ye := d.npForward(y, hi); ys < ye && (d.hasName(ys, ye) || d.agentOf(ys, ye) != "") {
					return ys, ye
				}
			}
			return cs, ce
		}
	}
	// "selon les chiffres publiés mercredi par l'EIA": the publisher;
	// "selon des documents consultés par l'AFP": the documents.
	head := s + 1 // the participle follows the head noun
	if d.wf(s)&wDet != 0 {
		head++
	}
	for x := head; x < hi && x <= e+1 && x < s+10; x++ {
		t := d.toks[x]
		if t.kind != text.Word || t.flags&(tCap|tInQuote) != 0 || !endsParticiple(d.txt(x)) && !strings.HasPrefix(d.txtKey(x), "obtenu") {
			continue
		}
		if d.wf(x-1)&wOf != 0 && d.wf(x-1)&wDet == 0 {
			continue // a noun after "de": "la firme de données financières LSEG"
		}
		if publishes(d.txt(x)) {
			if m := d.skipAdverbials(x+1, hi); d.txtKey(m) == "par" {
				if ps, pe := d.npForward(m+1, hi); ps < pe && (d.hasName(ps, pe) || d.agentOf(ps, pe) != "") {
					return ps, pe
				}
			}
		}
		if d.agentOf(s, e) == "DOC" && d.txtKey(x+1) == "par" && (strings.HasPrefix(d.txtKey(x), "consult") || strings.HasPrefix(d.txtKey(x), "obtenu")) {
			// "un document interne consulté par l'AFP": the document as
			// written, with who obtained it.
			if o, ok := d.outletAt(x + 2); ok && o.end <= hi {
				return s, o.end
			}
			if o, ok := d.nameAt(d.describedName(x+2, hi)); ok && o.end <= hi {
				return s, o.end
			}
		}
		if x < e {
			e = x
		}
		break
	}
	return s, d.pollTail(s, e, hi)
}

// publishes reports whether the lower-case participle w names the
// publication of figures ("publiés", "diffusées", "compilés", "calculé"): its
// agent is the source.
func publishes(w string) bool {
	for _, p := range []string{"publi", "diffus", "compil", "établi", "réalis", "fourni", "dévoil", "communiqu", "calcul", "recens"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// dataHead returns the token after "de" when the noun phrase [s, e) is a
// data noun with its complement ("les dernières estimations de", "les
// services de"), else 0.
func (d *doc) dataHead(s, e int) int {
	x := s
	for x < e && x < s+3 && (d.wf(x)&wDet != 0 || dataAdj[d.txt(x)]) {
		x++
	}
	if x+1 >= e || !possessiveSource[d.txtKey(x)] && d.txtKey(x) != "services" {
		return 0
	}
	if d.wf(x+1)&wOf == 0 {
		return 0
	}
	if k := d.txtKey(x + 1); k == "des" || k == "du" {
		return x + 1 // the article stays with the complement: "des services" -> "services"
	}
	return x + 2
}

// dataAdj lists the adjectives before a data noun ("les nouvelles
// projections").
var dataAdj = map[string]bool{"nouvelles": true, "nouveaux": true, "dernières": true, "derniers": true, "premières": true, "premiers": true, "propres": true}

// possessiveSource lists the nouns after which "selon ses ..." names the
// possessor as the source.
var possessiveSource = map[string]bool{
	"estimations": true, "estimation": true, "calculs": true, "calcul": true, "previsions": true,
	"prevision": true, "chiffres": true, "statistiques": true, "donnees": true, "informations": true, "analyses": true,
	"analyse": true, "sources": true, "projections": true, "declarations": true, "propos": true,
}

// agentOf returns the agent kind of the noun phrase [s, e): the kind of its
// head noun ("le broker" -> ANALYST).
func (d *doc) agentOf(s, e int) string {
	s, e = max(s, 0), min(e, len(d.toks))
	if h := d.agentHead(s, e); h >= 0 {
		kind, _ := d.agentAt(h, e)
		return kind
	}
	return ""
}

// agentAt returns the kind and the subtypes of the agent noun at token x
// (before e): the longest phrase of several words that starts there ("la
// banque centrale"), else the word's own.
func (d *doc) agentAt(x, e int) (string, []string) {
	en := d.entry(x)
	if en == nil {
		return "", nil
	}
	for _, p := range en.agents {
		if x+1+len(p.rest) > e {
			continue
		}
		ok := true
		for k, id := range p.rest {
			if d.toks[x+1+k].id != id {
				ok = false
				break
			}
		}
		if ok {
			return p.kind, p.subtypes
		}
	}
	return en.agent, en.subtypes
}

// agentHead returns the token of the agent noun that heads the noun phrase
// [s, e), or -1.
func (d *doc) agentHead(s, e int) int {
	for x := s; x < e && x < s+6; x++ {
		if d.wf(x)&wQuant != 0 && d.wf(x+1)&wOf != 0 && x+1 < e {
			x++ // "la plupart des économistes", "une majorité d'analystes"
			continue
		}
		if en := d.entry(x); en != nil && (en.agent != "" || len(en.agents) > 0) && d.wf(x)&wDet == 0 {
			if kind, _ := d.agentAt(x, e); kind == "" {
				return -1
			}
			if m, ok := d.mentionAt(x); ok && m.end-m.start > 1 && d.toks[x].flags&tCap != 0 {
				return -1 // a word of a name: "le Fonds monétaire international"
			}
			return x
		}
		if d.wf(x)&wDet == 0 && d.toks[x].kind != text.Number {
			return -1
		}
	}
	return -1
}

// described returns the organisation that the definite noun phrase [s, e),
// headed by the agent noun at h, describes: the last one introduced with the
// same noun ("le syndicat Unia" ... "selon le syndicat"; "Kerwood, le cabinet
// de conseil"), else the last one of a subtype the noun may describe ("la
// CFDT" ... "le syndicat", "Bloomberg" ... "précise l'agence").
func (d *doc) described(s, e, h int) (mention, bool) {
	switch d.txtKey(s) {
	case "le", "la", "l'", "les", "ce", "cet", "cette":
	default:
		return mention{}, false
	}
	id := d.toks[h].id
	top := d.mentionIndexBefore(s)
	for k := top; k >= 0 && k > top-maxOrgLookBack; k-- {
		m := d.mentions[k]
		if m.typ == entities.PER || d.toks[m.start].flags&tInQuote != 0 {
			continue
		}
		if d.introducedAs(m, id) {
			if kind, _ := d.agentAt(h, e); kind == "ANALYST" {
				// "la banque X" ... "Y relève son objectif" ... "selon la
				// banque": a broker named since is the better guess.
				for j := k + 1; j <= top; j++ {
					if o := d.mentions[j]; o.canonical != m.canonical && (isBank(o.sub) || d.isAnalyst(o.canonical) || d.ratingAfter(o)) {
						return mention{}, false
					}
				}
			}
			return m, true
		}
	}
	_, subs := d.agentAt(h, e)
	if len(subs) == 0 {
		return mention{}, false
	}
	for k := top; k >= 0 && k > top-maxOrgLookBack; k-- {
		m := d.mentions[k]
		if m.typ == entities.PER || d.toks[m.start].flags&tInQuote != 0 {
			continue
		}
		for _, st := range subs {
			if st == m.sub || st == string(m.typ) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// introducedAs reports whether the mention m was introduced with the noun of
// vocabulary id: as its first word ("l'Institut Ifo"), before it with a
// determiner ("le syndicat Unia", "la firme de données financières LSEG") or
// in apposition after it ("Unia, le syndicat interprofessionnel").
func (d *doc) introducedAs(m mention, id int32) bool {
	if d.toks[m.start].id == id {
		return m.end-m.start > 1 // "l'Institut Ifo", not "la SGI" itself
	}
	if p := m.start - 1; p > 0 && d.isWord(p) && d.toks[p].flags&tCap == 0 && d.wf(p)&(wOf|wDet) == 0 {
		switch d.txtKey(p) {
		case "par", "a", "chez", "pour", "sur", "avec", "que", "qu'", "et", "ou", "selon":
			return false
		}
		for k := p; k > 0 && k >= p-6; k-- {
			if !d.isWord(k) || d.toks[k].flags&(tCap|tInQuote) != 0 {
				break
			}
			if d.toks[k].id == id && d.wf(k-1)&wDet != 0 {
				return true
			}
		}
	}
	if c := m.end; d.is(c, ",") && c+2 < len(d.toks) && d.wf(c+1)&wDet != 0 && d.toks[c+2].id == id {
		return true
	}
	return false
}

// resolved is a speaker or source with its canonical name.
type resolved struct {
	text       string
	start, end int // bytes
	canonical  string
	typ        entities.Type
	pos        int    // token
	antecedent string // for a pronoun: what it refers to as written, when nothing is named
	gender     int8   // genderMasc, genderFem or 0 when unknown
	verb       bool   // the subject of a verb or a quote, not a source of "selon"
}

// Grammatical gender of a speaker or source, for "il" and "elle".
const (
	genderMasc int8 = 1
	genderFem  int8 = 2
)

// name returns the canonical name, else the text as written.
func (r resolved) name() string {
	if r.canonical != "" {
		return r.canonical
	}
	if r.antecedent != "" {
		return r.antecedent
	}
	return r.text
}

// spanText returns the resolved text of tokens [s, e), without a leading
// title ("M.", "Mme").
func (d *doc) spanText(s, e int) (string, int, int) {
	for s+1 < e && d.wf(s)&wTitle != 0 && d.toks[s].flags&tCap != 0 {
		if d.is(s+1, ".") && s+2 < e {
			s += 2
			continue
		}
		if d.toks[s+1].flags&tCap != 0 {
			s++
			continue
		}
		break
	}
	bs, be := int(d.toks[s].start), int(d.toks[e-1].end)
	return d.input[bs:be], bs, be
}

// nameTail returns the start of a name that ends the noun phrase [s, e)
// in apposition to a common noun ("la banque RBC", "son PDG Arnaud
// Lagardère"), or -1.
func (d *doc) nameTail(s, e int) int {
	if e-s < 2 {
		return -1
	}
	m, ok := d.mentionAt(e - 1)
	if !ok || m.end != e || m.start <= s {
		return -1
	}
	prev := m.start - 1
	if d.toks[prev].flags&tCap != 0 && d.agentOf(prev, prev+1) == "" || d.wf(prev)&(wOf|wDet|wEt) != 0 || !d.isWord(prev) {
		return -1 // not "Dravel et Ferlac" either
	}
	if k := d.txtKey(prev); k == "par" || k == "a" || k == "chez" || k == "pour" || k == "sur" || k == "avec" || d.afterPar(s, m.start) {
		return -1
	}
	return m.start
}

// demonstrative reports whether [s, e) is "celui-ci", "celle-ci", "ceux-ci",
// "celles-ci" or "ce dernier", "cette dernière", a pronoun for the entity
// named just before ("ces derniers" stays as written).
func (d *doc) demonstrative(s, e int) bool {
	if e-s == 2 {
		return d.lastOne(s) && d.txtKey(s) != "ces" // "ces derniers" stays as written
	}
	if e-s != 3 || !d.dash(s+1) || !strings.EqualFold(d.txt(s+2), "ci") {
		return false
	}
	switch strings.ToLower(d.txt(s)) {
	case "celui", "celle", "ceux", "celles":
		return true
	}
	return false
}

// lastOne reports whether tokens s and s+1 are "ce dernier", "cette
// dernière", "ces derniers" or "ces dernières".
func (d *doc) lastOne(s int) bool {
	switch d.txtKey(s) {
	case "ce", "cette", "ces":
		switch d.txtKey(s + 1) {
		case "dernier", "derniere", "derniers", "dernieres":
			return true
		}
	}
	return false
}

// lastNamed returns the person or organisation named last before token pos,
// outside quotes, within the sentence before: what "ce dernier" refers to.
func (d *doc) lastNamed(pos int) (mention, bool) {
	for k := d.mentionIndexBefore(pos); k >= 0; k-- {
		m := d.mentions[k]
		if int(d.toks[pos].sent)-int(d.toks[m.start].sent) > 1 {
			break
		}
		if d.toks[m.start].flags&tInQuote != 0 || m.typ != entities.ORG && m.typ != entities.PER && m.typ != "" {
			continue
		}
		return m, true
	}
	return mention{}, false
}

// resolve finds what the noun phrase [s, e) refers to.
func (d *doc) resolve(s, e int) resolved {
	r := d.resolveNP(s, e)
	if r.gender == 0 {
		r.gender = d.npGender(s, e)
	}
	if r.canonical != "" {
		if r.gender != 0 {
			d.learnGender(r.canonical, r.gender)
		} else {
			r.gender = d.genderOf(r.canonical)
		}
	}
	return r
}

// npGender reads the grammatical gender of a noun phrase from its
// determiner or title ("la présidente", "Mme Dupont", "le groupe"), or of a
// subject pronoun; 0 when it does not show.
func (d *doc) npGender(s, e int) int8 {
	if s >= e {
		return 0
	}
	switch d.txtKey(s) {
	case "il", "ils", "celui-ci", "ceux-ci":
		return genderMasc
	case "elle", "elles":
		return genderFem
	case "la", "une", "cette", "mme", "mmes", "mlle":
		if d.agentOf(s, e) != "" || d.wf(s)&wTitle != 0 {
			return genderFem
		}
	case "le", "un", "ce", "m", "mm":
		if d.agentOf(s, e) != "" || d.wf(s)&wTitle != 0 {
			return genderMasc
		}
	}
	if d.demonstrative(s, e) {
		if w := strings.ToLower(d.txt(s)); w == "celle" || w == "celles" {
			return genderFem
		}
		return genderMasc
	}
	return 0
}

// learnGender remembers the gender a name was given ("la présidente,
// Claire Lemoine"), for its later mentions.
func (d *doc) learnGender(canon string, g int8) {
	for i := range d.genders {
		if d.genders[i].name == canon {
			d.genders[i].g = g
			return
		}
	}
	if len(d.genders) < 64 {
		d.genders = append(d.genders, nameGender{canon, g})
	}
}

// genderOf returns the gender learnt for a name, or 0.
func (d *doc) genderOf(canon string) int8 {
	for _, x := range d.genders {
		if x.name == canon {
			return x.g
		}
	}
	return 0
}

// resolveNP finds what the noun phrase [s, e) refers to.
func (d *doc) resolveNP(s, e int) resolved {
	if k := d.nameTail(s, e); k > 0 {
		s = k
	}
	t, bs, be := d.spanText(s, e)
	r := resolved{text: t, start: bs, end: be, pos: s}
	if e-s == 1 && d.txtKey(s) == "on" {
		// "souligne-t-on chez Dravel": the company; "lit-on dans la note de
		// Jefferies": the document's author; "on" alone is nobody.
		x := s + 1
		if d.is(x, ",") {
			x++
		}
		x = d.skipAdverbials(x, len(d.toks))
		if d.wf(x)&wVerbStart != 0 && d.toks[x].flags&tCap == 0 {
			x++ // "peut-on lire"
		}
		if d.is(s-1, ",") {
			// "Chez Vontobel, on juge": the company named before the comma.
			for k := s - 2; k >= 0 && k >= s-7 && d.isWord(k); k-- {
				if d.txtKey(k) == "chez" {
					x = k
					break
				}
			}
		}
		switch d.txtKey(x) {
		case "chez":
			if m, ok := d.mentionAt(x + 1); ok && m.start == x+1 && m.typ != entities.PER {
				r.canonical, r.typ = m.canonical, m.typ
			}
		case "dans":
			_, hi := d.sentRange(x)
			if ds, de := d.npForward(x+1, hi); ds < de && d.agentOf(ds, de) == "DOC" {
				if dr := d.resolveNP(ds, de); dr.canonical != "" {
					r.canonical, r.typ = dr.canonical, dr.typ
				}
			}
		}
		return r
	}
	if e-s == 2 && d.lastOne(s) && d.txtKey(s) != "ces" {
		// "ce dernier": the one named last ("celui-ci" stays with the last
		// subject, as wire copy uses it; "ces derniers" are often people
		// written as a common noun, "les analystes").
		if m, ok := d.lastNamed(s); ok {
			r.canonical, r.typ = m.canonical, m.typ
			r.gender = d.npGender(s, e)
			return r
		}
	}
	if e-s == 1 && d.wf(s)&(wSubj|wStrong) != 0 && d.toks[s].flags&tAllCaps == 0 || d.demonstrative(s, e) {
		if a, ok := d.antecedent(s); ok {
			r.canonical, r.typ = a.canonical, a.typ
			r.antecedent = a.name() // "il" -> "Le groupe" as written, when nothing is named
		}
		r.gender = d.npGender(s, e)
		return r
	}
	agent := d.agentOf(s, e)
	head := agent
	if k := d.txtKey(s); (k == "un" || k == "une" || k == "des") && agent != "" && agent != "DOC" {
		agent = "ANON" // "un porte-parole", "des analystes": somebody new
	}
	var per, other mention
	hasPer, hasOther := false, false
	for x := s; x < e; x++ {
		if m, ok := d.mentionAt(x); ok {
			if m.start > s && agent != "" && d.afterPar(s, m.start) {
				x = m.end - 1
				continue // "les analystes interrogés par Bloomberg", "sondés par la firme LSEG"
			}
			if agent != "" && m.end-m.start == 1 && d.entry(m.start) != nil && d.entry(m.start).agent != "" {
				continue // "la SGI": the head noun, not a name
			}
			if m.typ == entities.PER && !hasPer {
				per, hasPer = m, true
			} else if !hasOther && m.typ != entities.PER {
				other, hasOther = m, true
			}
			x = m.end - 1
		}
	}
	if hasPer {
		r.canonical, r.typ = per.canonical, entities.PER
		return r
	}
	// a possessive ("selon ses estimations"): the possessor.
	if k := d.txtKey(s); (k == "son" || k == "sa" || k == "ses" || k == "leur" || k == "leurs") && agent == "" {
		if a, ok := d.antecedent(s); ok {
			r.canonical, r.typ = a.name(), a.typ
		}
		return r
	}
	if (head == "ANALYST" || head == "STAFF") && !hasOther && d.analystComplement(s, e) {
		// "les analystes du bureau d'études", "un analyste de la banque": the
		// broker quoted or acting as one.
		if m, ok := d.lastOrg(s, true); ok && (d.isAnalyst(m.canonical) || isBank(m.sub) || d.ratingAfter(m) || m.sub == "" && d.isSourceName(m.canonical)) {
			r.canonical, r.typ = m.canonical, m.typ
			d.analysts = addName(d.analysts, r.canonical)
			d.srcOrgs = addName(d.srcOrgs, r.canonical)
			return r
		}
	}
	switch agent {
	case "ANON", "STAFF":
		if hasOther && other.typ != entities.MEDIA && (head == "ANALYST" || head == "PERSON" || head == "STAFF") {
			// "un analyste de Degroof Petercam", "un porte-parole de Mécaflux":
			// the organisation speaks through them.
			r.canonical, r.typ = other.canonical, other.typ
			if head == "ANALYST" {
				d.analysts = addName(d.analysts, r.canonical)
				d.srcOrgs = addName(d.srcOrgs, r.canonical)
			}
		}
		return r
	case "PERSON":
		if !hasOther || d.agentOf(s, e) == "PERSON" {
			if m, ok := d.lastMention(s, entities.PER); ok {
				r.canonical, r.typ = m.canonical, entities.PER
			}
			return r
		}
	}
	if agent == "" {
		// "Garnier a précisé" after "Olivier Garnier": the surname of a
		// person named before, even when a brand or a company has that name.
		if m, ok := d.surnameOf(s, e); ok {
			r.canonical, r.typ = m.canonical, entities.PER
			return r
		}
	}
	if hasOther {
		r.canonical, r.typ = other.canonical, other.typ
		return r
	}
	switch agent {
	case "ORG", "ANALYST", "MEDIA":
		// "selon le syndicat", "précise l'agence": the organisation the noun
		// was given to.
		if h := d.agentHead(s, e); h >= 0 {
			if m, ok := d.described(s, e, h); ok {
				r.canonical, r.typ = m.canonical, m.typ
				if agent == "ANALYST" {
					d.analysts = addName(d.analysts, r.canonical)
					d.srcOrgs = addName(d.srcOrgs, r.canonical)
				}
				return r
			}
		}
	}
	if agent == "DOC" && d.obtained(e) {
		return r // "selon un document interne consulté par Reuters": as written
	}
	if agent == "DOC" {
		// "X a relevé sa prévision, selon une note publiée jeudi": the
		// document is X's when X is the subject of the sentence (not when an
		// outlet obtained it: "selon un document consulté par Reuters").
		lo, hi := d.sentRange(s)
		ss, se := d.sentenceSubject(lo, s, 0)
		if ss >= se {
			ss, se = d.sentenceSubject(e, hi, 0)
		}
		if m, ok := d.headMention(ss, se); ok && (m.typ == entities.ORG || m.typ == "") {
			r.canonical, r.typ = m.canonical, m.typ
			return r
		}
	}
	switch agent {
	case "COMPANY", "DOC":
		if m, ok := d.recentCompany(s); ok && agent == "COMPANY" {
			// "Interrogé, Quellis conteste ces accusations. Le groupe affirme":
			// the company that spoke just before.
			r.canonical, r.typ = m.canonical, m.typ
		} else if m, ok := d.lastOrg(s, false); ok {
			r.canonical, r.typ = m.canonical, m.typ
		} else if m, ok := d.nextOrg(e); ok {
			// "..., indique un communiqué du groupe. « ... », ajoute Al Omrane":
			// no company named yet, the next one.
			r.canonical, r.typ = m.canonical, m.typ
		}
	case "ANALYST":
		if !d.plural(s, e) && d.hasSubj && d.lastSubj.typ == entities.PER && d.lastSubj.pos < s && int(d.toks[s].sent)-int(d.toks[d.lastSubj.pos].sent) <= 2 {
			// "Pour Jean Martin, analyste chez Oddo BHF, ... L'analyste estime"
			r.canonical, r.typ = d.lastSubj.canonical, entities.PER
			return r
		}
		if d.plural(s, e) {
			// "les analystes": the last organisation quoted as a source that
			// may be a broker, not the company the dispatch is about.
			topic, hasTopic := d.lastOrg(s, false)
			for k := len(d.srcOrgs) - 1; k >= 0; k-- {
				if c := d.srcOrgs[k]; d.isAnalyst(c) || !hasTopic || c != topic.canonical || isBank(topic.sub) {
					r.canonical, r.typ = c, entities.ORG
					break
				}
			}
		} else if m, ok := d.lastOrg(s, true); ok {
			r.canonical, r.typ = m.canonical, m.typ
		}
		if r.canonical != "" {
			d.analysts = addName(d.analysts, r.canonical)
			d.srcOrgs = addName(d.srcOrgs, r.canonical)
		}
	case "MEDIA":
		if m, ok := d.lastMention(s, entities.MEDIA); ok {
			r.canonical, r.typ = m.canonical, entities.MEDIA
		}
	}
	return r
}

// analystComplement reports whether the noun phrase [s, e), headed by an
// analyst or staff noun, goes on with a broker named by a noun: "les
// analystes du bureau d'études", "les économistes de la banque".
func (d *doc) analystComplement(s, e int) bool {
	h := d.agentHead(s, e)
	if h < 0 {
		return false
	}
	x := h + 1
	if x >= e || d.wf(x)&wOf == 0 {
		return false
	}
	y := x + 1
	if d.wf(x)&wDet == 0 && d.wf(y)&wDet != 0 {
		y++ // "de la banque", "de l'intermédiaire"
	}
	if y >= e || d.toks[y].flags&tCap != 0 {
		return false
	}
	kind, _ := d.agentAt(y, e)
	return kind == "ANALYST"
}

// afterPar reports whether the name at token m, inside the noun phrase that
// starts at s, is the agent of a participle: "par X", "par la firme X".
func (d *doc) afterPar(s, m int) bool {
	for k := m - 1; k > s && k >= m-5; k-- {
		if d.txtKey(k) == "par" {
			return true
		}
		if !d.isWord(k) || d.toks[k].flags&tCap != 0 {
			return false
		}
	}
	return false
}

// surnameOf returns the person named in full before s whose surname is the
// capitalised word that ends [s, e) ("Garnier" -> "Olivier Garnier"), when
// that word is no person, company or outlet of its own (a brand name is not).
func (d *doc) surnameOf(s, e int) (mention, bool) {
	if e-s > 2 || e-s < 1 || d.toks[e-1].flags&tCap == 0 || d.toks[e-1].kind != text.Word || len(d.txt(e-1)) < 3 {
		return mention{}, false
	}
	if e-s == 2 && d.wf(s)&(wDet|wTitle) == 0 {
		return mention{}, false
	}
	self, named := d.mentionAt(e - 1)
	if named && (self.typ != "" && self.typ != entities.ORG || self.end-self.start > 1) {
		return mention{}, false
	}
	w := d.txt(e - 1)
	top := d.mentionIndexBefore(s)
	for k := top; k >= 0 && k > top-maxLookBack; k-- {
		m := d.mentions[k]
		if m.typ == entities.PER && m.end-m.start >= 2 && d.txt(m.end-1) == w {
			if named && self.typ == entities.ORG {
				// a company named after its founder ("le groupe Bolloré", then
				// "Bolloré") stays the company.
				for j := k - 1; j >= 0 && j > top-maxLookBack; j-- {
					if o := d.mentions[j]; o.typ == entities.ORG && strings.Contains(d.input[d.toks[o.start].start:d.toks[o.end-1].end], w) {
						return mention{}, false
					}
				}
			}
			return m, true
		}
	}
	return mention{}, false
}

// lastMention returns the last mention of type typ before token pos.
func (d *doc) lastMention(pos int, typ entities.Type) (mention, bool) {
	stop := d.mentionIndexBefore(pos) - maxLookBack
	for k := d.mentionIndexBefore(pos); k >= 0 && k > stop; k-- {
		m := d.mentions[k]
		if d.toks[m.start].flags&tInQuote != 0 {
			continue
		}
		if m.typ == typ || m.typ == "" && typ != entities.MEDIA {
			if m.typ == "" && typ == entities.PER && m.end-m.start < 2 {
				continue
			}
			return m, true
		}
	}
	return mention{}, false
}

// lastOrg returns the organisation a common noun refers back to from pos.
// For an analyst ("le broker") it prefers one already taken as an analyst,
// then a bank or broker named as the subject of a sentence, then any bank,
// then any subject. For a company ("le groupe") it prefers the company named
// most often so far (the dispatch's topic), skipping analysts and banks that
// were quoted as analysts.
func (d *doc) lastOrg(pos int, analyst bool) (mention, bool) {
	var best mention
	bestScore := -1
	top := d.mentionIndexBefore(pos)
	for k := top; k >= 0 && k > top-maxOrgLookBack; k-- {
		m := d.mentions[k]
		if m.typ != entities.ORG && m.typ != "" || d.toks[m.start].flags&tInQuote != 0 {
			continue
		}
		subj := d.toks[m.start].flags&tSentStart != 0 || m.start > 0 && d.toks[m.start-1].flags&tSentStart != 0 && d.wf(m.start-1)&wDet != 0
		score := 0
		if analyst {
			switch {
			case d.isAnalyst(m.canonical):
				score = 5
			case isBank(m.sub) && subj, d.ratingAfter(m):
				// "X relève son objectif", "X passe à l'achat": a broker's act.
				score = 4
			case isBank(m.sub):
				score = 3
			case subj && m.sub == "":
				score = 2
			case d.isSourceName(m.canonical):
				score = 2
			default:
				score = 1
			}
		} else {
			if d.isAnalyst(m.canonical) {
				continue // an analyst quoted earlier is not "le groupe"
			}
			score = 1 + min(int(d.counts[k]), 50)*4
			switch {
			case institution(m.sub):
				score -= 8 // a regulator, a court, a government is no company
			case m.sub != "" && m.sub != "company":
				score -= 2 // a bank, an insurer
			}
			if m.canonical == d.lead {
				score += 6 // the company the dispatch opens with
			}
			if d.companyNoun(m.start) {
				score += 12 // "Le groupe chimique bâlois Rhenalux rachète": the subject, named as a company
			} else if subj {
				score++ // a subject wins a tie: "X a signé avec Y ..., a annoncé le groupe"
			}
		}
		if score > bestScore {
			best, bestScore = m, score
		}
	}
	return best, bestScore >= 0
}

// ratingAfter reports whether a rating word follows the mention m closely in
// its sentence, as a broker's act does: "X relève son objectif de cours",
// "X passe à l'achat", "X réitère sa recommandation".
func (d *doc) ratingAfter(m mention) bool {
	_, hi := d.sentRange(m.start)
	// the name is a subject: a verb follows it, not a preposition ("de
	// Pondération en ligne à Surpondérer").
	if n := m.end; n >= hi || !d.isWord(n) || d.toks[n].flags&tCap != 0 || d.wf(n)&(wFwdStop|wPrepStop|wOf|wDet|wEt|wRating) != 0 && !(d.wf(n)&wAux != 0 && d.toks[n].flags&tA == 0) {
		return false // (the auxiliary "a" is a verb: "X a relevé son objectif")
	}
	for k := m.end; k < hi && k < m.end+6; k++ {
		if d.toks[k].flags&tInQuote != 0 || d.is(k, ",") || d.is(k, ".") {
			return false
		}
		if d.wf(k)&wRating != 0 {
			return true
		}
	}
	return false
}

// companyNoun reports whether the name at token i follows a company noun
// of the same phrase that opens a sentence: "Le groupe chimique Rhenalux",
// "L'équipementier X", "L'éditeur de logiciels X", "Le spécialiste des
// emballages industriels X".
func (d *doc) companyNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if !d.isWord(k) || d.toks[k].flags&tCap != 0 && d.toks[k].flags&tSentStart == 0 {
			return false
		}
		if en := d.entry(k); en != nil && en.agent == "COMPANY" {
			if d.wf(k-1)&wEt != 0 && d.agentOf(k-2, k-1) == "COMPANY" {
				k -= 2 // "Le motoriste et équipementier X"
			}
			// a subject: the determiner opens the sentence or follows a dateline dash.
			return d.wf(k-1)&wDet != 0 && (d.toks[k-1].flags&tSentStart != 0 || d.dash(k-2))
		}
		switch {
		case d.wf(k)&wOf != 0:
			// the complement of the company noun: "de logiciels", "des emballages"
		case d.wf(k)&wDet != 0 && d.wf(k-1)&(wOf|wDet) == wOf:
			// "de la", "de l'"
		case d.wf(k)&wDet != 0:
			return false
		}
	}
	return false
}

// nextOrg returns the first organisation named after token pos, outside
// quotes, within a bounded number of mentions.
func (d *doc) nextOrg(pos int) (mention, bool) {
	for k, n := d.mentionIndexBefore(pos)+1, 0; k < len(d.mentions) && n < maxOrgLookBack; k, n = k+1, n+1 {
		m := d.mentions[k]
		if m.typ != entities.ORG && m.typ != "" || d.toks[m.start].flags&tInQuote != 0 || d.isAnalyst(m.canonical) ||
			m.start > 0 && d.toks[m.start-1].kind == text.Quote {
			continue // not a title in quotation marks either
		}
		return m, true
	}
	return mention{}, false
}

// recentCompany returns the company that was the subject of a reporting
// verb or a quote in the sentence before pos or earlier in its own: "Quellis
// conteste ces accusations. Le groupe affirme que ...". Sources of "selon",
// banks, brokers and public bodies do not count.
func (d *doc) recentCompany(pos int) (mention, bool) {
	sent := int(d.toks[pos].sent)
	var m mention
	switch {
	case d.hasPending && d.pending[0] < pos:
		s, e := d.pending[0], d.pending[1]
		if sent-int(d.toks[s].sent) > 1 {
			return mention{}, false
		}
		var ok bool
		if m, ok = d.headMention(s, e); !ok {
			return mention{}, false
		}
	case d.hasSubj && d.lastSubj.verb && d.lastSubj.pos <= pos && d.lastSubj.canonical != "":
		if sent-int(d.toks[d.lastSubj.pos].sent) > 1 {
			return mention{}, false
		}
		found := false
		top := d.mentionIndexBefore(pos)
		for k := top; k >= 0 && k > top-maxOrgLookBack; k-- {
			if d.mentions[k].canonical == d.lastSubj.canonical {
				m, found = d.mentions[k], true
				break
			}
		}
		if !found {
			return mention{}, false
		}
	default:
		return mention{}, false
	}
	if m.typ != entities.ORG && m.typ != "" || institution(m.sub) || isBank(m.sub) || d.isAnalyst(m.canonical) {
		return mention{}, false
	}
	return m, true
}

// institution reports whether an entity subtype names a public or
// collective body rather than a company: what "la société" or "le groupe"
// does not refer to.
func institution(sub string) bool {
	switch sub {
	case "regulator", "government", "public body", "court", "central bank", "agency", "union", "association",
		"university", "political party", "exchange", "international organisation", "international organization", "ministry":
		return true
	}
	return false
}

// isBank reports whether an entity subtype is a bank, a broker or an
// analyst firm.
func isBank(sub string) bool {
	switch sub {
	case "bank", "broker", "analyst", "investment bank", "research":
		return true
	}
	return false
}

// plural reports whether the noun phrase [s, e) starts with a plural
// determiner.
func (d *doc) plural(s, e int) bool {
	switch d.txtKey(s) {
	case "les", "des", "ces", "leurs", "plusieurs", "certains", "nos", "ses":
		return true
	}
	// "la plupart des analystes", "une majorité d'économistes"
	return s+2 < e && d.wf(s+1)&wQuant != 0 && d.wf(s+2)&wOf != 0
}

// addName appends name to list, or moves it to the end when it is there:
// the list holds distinct names, the last one named last.
func addName(list []string, name string) []string {
	for i, x := range list {
		if x == name {
			copy(list[i:], list[i+1:])
			list[len(list)-1] = name
			return list
		}
	}
	return append(list, name)
}

// maxLookBack bounds how many mentions the resolver reads back;
// maxOrgLookBack how many it weighs when it looks for an organisation.
const (
	maxLookBack    = 300
	maxOrgLookBack = 80
)

func (d *doc) isAnalyst(c string) bool {
	for _, s := range d.analysts {
		if s == c {
			return true
		}
	}
	return false
}

func (d *doc) isSourceName(c string) bool {
	for _, s := range d.srcOrgs {
		if s == c {
			return true
		}
	}
	return false
}

func (d *doc) mentionIndexBefore(pos int) int {
	lo, hi := 0, len(d.mentions)
	for lo < hi {
		m := (lo + hi) / 2
		if d.mentions[m].start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// antecedent resolves a pronoun at token pos: the last speaker or source if
// recent, else the last person or organisation named.
func (d *doc) antecedent(pos int) (resolved, bool) {
	if d.hasPending {
		// a subject read earlier and resolved only now that a pronoun needs it.
		d.hasPending = false
		s, e := d.pending[0], d.pending[1]
		if s < pos && !(d.hasSubj && d.lastSubj.pos == s) {
			r := d.resolve(s, e)
			if (r.canonical != "" || d.agentOf(s, e) != "") && !(e-s == 1 && d.wf(s)&(wSubj|wStrong) != 0) {
				r.verb = true
				d.setSubject(r)
			}
		}
	}
	if d.hasSubj && d.avoid > 0 && d.lastSubj.pos == d.avoid {
		// the subject of the clause the pronoun closes is not what it
		// stands for: the subject before it.
		for k := len(d.subjs) - 2; k >= 0 && k >= len(d.subjs)-4; k-- {
			if c := d.subjs[k]; c.pos != d.avoid && int(d.toks[pos].para)-int(d.toks[c.pos].para) <= 4 {
				return c, true
			}
		}
	}
	if d.hasSubj && int(d.toks[pos].para)-int(d.toks[d.lastSubj.pos].para) <= 4 {
		// "Elle a ajouté" after "la cheffe de la direction, Nathalie
		// Bergeron" and then "le groupe": the last subject of that gender.
		if g := d.npGender(pos, pos+1); g != 0 && d.lastSubj.gender != 0 && d.lastSubj.gender != g {
			for k := len(d.subjs) - 2; k >= 0 && k >= len(d.subjs)-4; k-- {
				c := d.subjs[k]
				if c.gender == g && int(d.toks[pos].para)-int(d.toks[c.pos].para) <= 4 {
					return c, true
				}
			}
			// someone of the other gender: the company ("Elle" after "le
			// directeur général").
			if m, ok := d.lastOrg(pos, false); ok && m.canonical != d.lastSubj.canonical && d.genderOf(m.canonical) != d.lastSubj.gender {
				return resolved{text: m.canonical, canonical: m.canonical, typ: m.typ, pos: m.start, gender: g}, true
			}
		}
		return d.lastSubj, true
	}
	if m, ok := d.lastMention(pos, entities.PER); ok && int(d.toks[pos].sent)-int(d.toks[m.start].sent) <= 2 {
		return resolved{text: m.canonical, canonical: m.canonical, typ: m.typ, pos: m.start}, true
	}
	if m, ok := d.lastOrg(pos, false); ok {
		return resolved{text: m.canonical, canonical: m.canonical, typ: m.typ, pos: m.start}, true
	}
	return resolved{}, false
}

// setSubject records the last speaker or source for pronouns.
func (d *doc) setSubject(r resolved) {
	if r.canonical == "" && r.text == "" {
		return
	}
	d.lastSubj, d.hasSubj = r, true
	d.hasPending = false
	if len(d.subjs) >= 8 {
		copy(d.subjs, d.subjs[len(d.subjs)-4:])
		d.subjs = d.subjs[:4]
	}
	d.subjs = append(d.subjs, r)
}

// finishQuotes resolves the speakers of the quotes, in text order together
// with the attributions, and spreads the relay of each exchange.
func (d *doc) finishQuote(qi int) {
	q := &d.quotes[qi]
	if q.resolved {
		return
	}
	q.resolved = true
	switch {
	case q.inherit >= 0 && q.spkS == q.spkE && !q.hasVerb:
		src := &d.quotes[q.inherit]
		d.finishQuote(q.inherit)
		q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.SpeakerCanonical = src.Speaker, src.SpeakerStart, src.SpeakerEnd, src.SpeakerCanonical
		q.Verb, q.Via = src.Verb, src.Via
		q.VerbText, q.VerbStart, q.VerbEnd = src.VerbText, src.VerbStart, src.VerbEnd
		q.channel = src.channel
		return
	case q.prevSpeaker && qi > 0:
		src := &d.quotes[qi-1]
		d.finishQuote(qi - 1)
		q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.SpeakerCanonical = src.Speaker, src.SpeakerStart, src.SpeakerEnd, src.SpeakerCanonical
		q.Via, q.channel = src.Via, src.channel
		return
	}
	if q.hasVerb {
		q.Verb = d.lemma(q.verb).name
		q.VerbStart, q.VerbEnd = int(d.toks[q.verb.start].start), int(d.toks[q.verb.end-1].end)
		q.VerbText = d.input[q.VerbStart:q.VerbEnd]
	}
	if q.spkS < q.spkE {
		r := d.resolve(q.spkS, q.spkE)
		q.Speaker, q.SpeakerStart, q.SpeakerEnd = r.text, r.start, r.end
		q.SpeakerCanonical = r.canonical
		if r.typ == "" && r.canonical == r.text && !d.hasName(q.spkS, q.spkE) {
			q.SpeakerCanonical = ""
		}
		q.key = speakerKeyOf(r)
		r.verb = true
		d.setSubject(r)
		if r.typ != "MEDIA" && r.typ != "PER" && r.canonical != "" && d.hasName(q.spkS, q.spkE) && d.agentOf(q.spkS, q.spkE) == "" && d.analystLike(q.spkS, q.spkE) {
			d.srcOrgs = addName(d.srcOrgs, r.canonical)
		}
	}
}

// spreadVia gives every quote of a speaker the outlet of the exchange that
// speaker gave, unless its words came through a channel of their own.
func (d *doc) spreadVia() {
	outlets := map[string]string{}
	for _, x := range d.exch {
		if x.canon != "" {
			outlets[x.canon] = x.via
		}
	}
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.Via != "" && !q.drop {
			if k := speakerKey(q); k != "" {
				outlets[k] = q.Via
			}
		}
	}
	if len(outlets) == 0 {
		return
	}
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.Via == "" && !q.channel {
			if v, ok := outlets[speakerKey(q)]; ok {
				q.Via = v
			}
		}
	}
}

func speakerKey(q *rawQuote) string {
	if q.key != "" {
		return q.key
	}
	if q.SpeakerCanonical != "" {
		return q.SpeakerCanonical
	}
	return strings.ToLower(q.Speaker)
}

// analystLike reports whether the name in [s, e) may be a broker or an
// analyst: a bank, or an organisation of unknown kind.
func (d *doc) analystLike(s, e int) bool {
	for x := s; x < e; x++ {
		if m, ok := d.mentionAt(x); ok {
			return m.sub == "" || isBank(m.sub)
		}
	}
	return true
}
