package quotes

import (
	"sort"
	"strings"
	"sync"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/text"
)

// Options configures an [Attributor]. The zero value means all defaults: the
// embedded rules and quotes of three words or more.
type Options struct {
	// Rules are stacked, in order, on the default rules: a record replaces a
	// default one with the same kind and entry; a '!' record removes it.
	Rules []*RuleSet
	// NoDefaultRules starts from an empty rule set instead of DefaultRules.
	NoDefaultRules bool
	// MinWords is the least number of words a quoted passage needs to be a
	// quote; 0 means 3 (shorter passages are names, titles or scare quotes).
	MinWords int
}

// Attributor finds direct quotes, attributes them to a speaker with a
// reporting verb and a relaying outlet, and lists the attributions made
// without a quote. It is immutable after [New] and safe for concurrent use by
// any number of goroutines.
type Attributor struct {
	vocab    map[string]int32
	keys     []string // the key of each vocabulary id
	entries  []entry
	lemmas   []lemma
	outlets  []string // canonical outlet names
	minWords int
	dashID   int32
	filter   [1 << 10]uint64 // a bit per (length, letters) hash of the vocabulary keys
}

// filterHash hashes a key for the vocabulary pre-filter.
func filterHash(k string) uint32 {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(k[0])*0x85EBCA77 ^ uint32(k[n-1])*0xC2B2AE3D ^ uint32(k[n/2])*0x27D4EB2F
	return (h ^ h>>15) & (1<<16 - 1)
}

// maybe reports whether the key k may be in the vocabulary (no false
// negatives).
func (a *Attributor) maybe(k string) bool {
	h := filterHash(k)
	return a.filter[h>>6]&(1<<(h&63)) != 0
}

// lemma is one reporting verb.
type lemma struct {
	name       string
	class      string
	ambig      bool
	pron       bool
	noque      bool
	forecast   bool
	figure     bool  // a figure or a trend after it makes an attribution ("prévoit un bénéfice de")
	number     bool  // an amount or a percentage after it makes an attribution ("attend entre 210 et 230 millions")
	infinitive int32 // vocabulary id of the infinitive's first token
}

// form is a reporting-verb form starting with a given word: the ids of the
// words after the first one, and the lemma.
type form struct {
	rest  []int32
	lemma int32
}

// phrase is a cue, relay or outlet starting with a given word.
type phrase struct {
	rest  []int32
	kind  ruleKind
	role  string
	value string // outlet canonical name
}

// entry is what the attributor knows about one vocabulary word.
type entry struct {
	flags    uint32
	forms    []form
	phrases  []phrase
	agent    string
	subtypes []string      // for an agent noun: entity subtypes or types it may describe ("union", "MEDIA")
	agents   []agentPhrase // agent nouns of several words starting with this one ("banque centrale")
	nosource bool
	title    bool
}

// agentPhrase is an agent noun of several words: the ids of the words after
// the first one, its kind and the subtypes it may describe.
type agentPhrase struct {
	rest     []int32
	kind     string
	subtypes []string
}

// New compiles an attributor from the default rules (unless
// opts.NoDefaultRules) and opts.Rules, stacked in order. The rule sets were
// checked when parsed, so New returns no error today; the error is kept for
// options that may need validation. Forms and phrases that hold no word are
// ignored.
func New(opts Options) (*Attributor, error) {
	sets := opts.Rules
	if !opts.NoDefaultRules {
		sets = append([]*RuleSet{DefaultRules()}, sets...)
	}
	a := &Attributor{vocab: map[string]int32{}, minWords: opts.MinWords}
	if a.minWords <= 0 {
		a.minWords = 3
	}
	for fl, words := range builtinWords {
		for _, w := range words {
			id := a.id(w)
			a.entries[id].flags |= fl
		}
	}
	for _, r := range stack(sets) {
		switch r.kind {
		case kindVerb:
			lm := lemma{name: r.fields[0], class: r.fields[1], forecast: r.fields[1] == "FCST"}
			for _, fl := range strings.Split(r.fields[2], ",") {
				switch strings.TrimSpace(fl) {
				case "AMBIG":
					lm.ambig = true
				case "PRON":
					lm.pron = true
				case "NOQUE":
					lm.noque = true
				case "FIGURE":
					lm.figure = true
				case "NUMBER":
					lm.number = true
				}
			}
			li := int32(len(a.lemmas))
			inf := a.ids(r.fields[0])
			lm.infinitive = -1
			if n := len(inf); n > 0 {
				lm.infinitive = inf[n-1]
			}
			a.lemmas = append(a.lemmas, lm)
			for _, f := range r.forms {
				ids := a.ids(f)
				// the grammar supplies reflexives and auxiliaries.
				for len(ids) > 1 && a.entries[ids[0]].flags&(wRefl|wAux) != 0 {
					ids = ids[1:]
				}
				if len(ids) == 0 || (len(ids) == 1 && a.entries[ids[0]].flags&(wAux|wRefl) != 0) {
					continue
				}
				e := &a.entries[ids[0]]
				dup := false
				for _, x := range e.forms {
					if x.lemma == li && eqIDs(x.rest, ids[1:]) {
						dup = true
					}
				}
				if !dup {
					e.forms = append(e.forms, form{rest: ids[1:], lemma: li})
					e.flags |= wVerbStart
				}
			}
		case kindCue, kindRelay:
			ids := a.ids(r.fields[0])
			if len(ids) == 0 {
				continue
			}
			e := &a.entries[ids[0]]
			e.phrases = append(e.phrases, phrase{rest: ids[1:], kind: r.kind, role: r.fields[1]})
			e.flags |= wPhrase
		case kindOutlet:
			a.outlets = append(a.outlets, r.fields[0])
			for _, al := range r.forms {
				ids := a.ids(al)
				if len(ids) == 0 {
					continue
				}
				e := &a.entries[ids[0]]
				e.phrases = append(e.phrases, phrase{rest: ids[1:], kind: kindOutlet, value: r.fields[0]})
				e.flags |= wPhrase
			}
		case kindAgent:
			ids := a.ids(r.fields[0])
			var subs []string
			if len(r.fields) > 2 {
				for _, st := range strings.Split(r.fields[2], ",") {
					if st = strings.TrimSpace(st); st != "" && st != "-" {
						subs = append(subs, st)
					}
				}
			}
			switch {
			case len(ids) == 1:
				e := &a.entries[ids[0]]
				e.agent, e.subtypes = r.fields[1], subs
			case len(ids) > 1:
				e := &a.entries[ids[0]]
				e.agents = append(e.agents, agentPhrase{rest: ids[1:], kind: r.fields[1], subtypes: subs})
			}
		case kindNoSource:
			ids := a.ids(r.fields[0])
			if len(ids) > 0 {
				a.entries[ids[0]].nosource = true
			}
		case kindTitle:
			ids := a.ids(r.fields[0])
			if len(ids) > 0 {
				a.entries[ids[0]].title = true
			}
		}
	}
	a.dashID = a.id("-")
	for k := range a.vocab {
		h := filterHash(k)
		a.filter[h>>6] |= 1 << (h & 63)
	}
	// longest forms and phrases first.
	for i := range a.entries {
		e := &a.entries[i]
		sort.SliceStable(e.forms, func(x, y int) bool { return len(e.forms[x].rest) > len(e.forms[y].rest) })
		sort.SliceStable(e.phrases, func(x, y int) bool { return len(e.phrases[x].rest) > len(e.phrases[y].rest) })
		sort.SliceStable(e.agents, func(x, y int) bool { return len(e.agents[x].rest) > len(e.agents[y].rest) })
	}
	return a, nil
}

func eqIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// id returns the vocabulary id of the key of w, adding it.
func (a *Attributor) id(w string) int32 {
	k := keyOf(w)
	if id, ok := a.vocab[k]; ok {
		return id
	}
	id := int32(len(a.entries))
	a.vocab[k] = id
	a.keys = append(a.keys, k)
	a.entries = append(a.entries, entry{})
	return id
}

// ids tokenizes a phrase of the rules into vocabulary ids.
func (a *Attributor) ids(s string) []int32 {
	toks := text.Tokenize(nil, s, text.Span{Start: 0, End: len(s)})
	out := make([]int32, 0, len(toks))
	for _, t := range toks {
		out = append(out, a.id(s[t.Start:t.End]))
	}
	return out
}

var defaultAttributor = sync.OnceValues(func() (*Attributor, error) { return New(Options{}) })

// Default returns the shared attributor built from the default rules. It is
// safe for concurrent use.
func Default() *Attributor {
	a, err := defaultAttributor()
	if err != nil {
		panic("quotes: default rules do not compile: " + err.Error())
	}
	return a
}

// FindAll returns the quotes and attributions of the whole input, using the
// entities that [entities.Default] finds in it. Items are sorted by Start,
// then End; offsets are byte offsets into input.
func (a *Attributor) FindAll(input string) ([]Quote, []Attribution) {
	sp := []Span{{Start: 0, End: len(input)}}
	ents, _ := entities.Default().FindIn(input, sp)
	q, at, _ := a.FindIn(input, sp, ents)
	return q, at
}

// FindAll returns the quotes and attributions of input found by the
// [Default] attributor. See [Attributor.FindAll].
func FindAll(input string) ([]Quote, []Attribution) { return Default().FindAll(input) }

// FindIn returns the quotes and attributions found in the given spans of
// input (in order, not overlapping; nil means the whole input), using the
// entities found in the same document (any order; nil means none: speakers
// and sources are then the noun phrases as written, names recognised by their
// capitals). It also returns warnings: a quote whose closing mark is missing
// at the end of the text. Items are sorted by Start, then End; offsets are
// byte offsets into input. It never fails and never panics.
//
// Text longer than 64 KiB (a feed of many dispatches rather than one) is read
// in windows cut at paragraph breaks outside quotes, so that the cost stays
// linear and the working memory bounded; pronouns and the other references
// back to earlier sentences do not reach across a window's start.
func (a *Attributor) FindIn(input string, spans []Span, ents []entities.Entity) ([]Quote, []Attribution, []Warning) {
	if spans == nil {
		spans = []Span{{Start: 0, End: len(input)}}
	}
	if spanBytes(spans, len(input)) > windowBytes {
		return a.findWindows(input, spans, ents)
	}
	qs, as, ws, _ := a.find(input, spans, ents, nil, nil, nil)
	return qs, as, ws
}

// find reads one window and appends its items to qs, as and ws. open
// reports a quote still open at its end.
func (a *Attributor) find(input string, spans []Span, ents []entities.Entity, qs []Quote, as []Attribution, ws []Warning) ([]Quote, []Attribution, []Warning, bool) {
	d := docPool.Get().(*doc)
	defer func() {
		d.reset()
		docPool.Put(d)
	}()
	d.a = a
	d.input = input
	d.prepare(spans, ents)
	if len(d.toks) == 0 {
		return qs, as, ws, false
	}
	d.findMarks()
	open := false
	for _, p := range d.pairs {
		open = open || p.cut
	}
	d.attributeQuotes()
	d.findAttributions()
	qs, as, ws = d.results(qs, as, ws)
	return qs, as, ws, open
}
