package parse

import (
	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/view"
	"github.com/depeche-go/depeche/money"
	"github.com/depeche-go/depeche/quotes"
)

// readingView returns the text the stages read: the input with its HTML
// character references decoded ("Cr&eacute;dit", "500&nbsp;millions") and
// its mojibake repaired ("prÃ©voit"), with the map back to the input; nil
// when the input needs neither.
func readingView(input string) *view.View {
	refs := view.HTMLRefs(nil, input)
	fixes := clean.Repairs(input)
	if len(refs) == 0 && len(fixes) == 0 {
		return nil
	}
	// merge the two sorted lists; view.New skips any overlap.
	reps := make([]view.Replacement, 0, len(refs)+len(fixes))
	i := 0
	for _, f := range fixes {
		for i < len(refs) && refs[i].Start < f.Start {
			reps = append(reps, refs[i])
			i++
		}
		reps = append(reps, view.Replacement{Start: f.Start, End: f.End, Text: f.Text})
	}
	reps = append(reps, refs[i:]...)
	v := view.New(input, reps)
	if v.Identity() {
		return nil
	}
	return v
}

// toView maps input spans to spans of the view.
func toView(v *view.View, spans []clean.Span) []clean.Span {
	out := make([]clean.Span, 0, len(spans))
	for _, sp := range spans {
		s, e := v.ToView(sp.Start, sp.End)
		if n := len(out); n > 0 && s < out[n-1].End {
			s = out[n-1].End
		}
		if s < e {
			out = append(out, clean.Span{Start: s, End: e})
		}
	}
	return out
}

// The from* functions map the items found in the view back to the input:
// offsets through the view, texts sliced from the input again, so that every
// text is input[start:end] as SCHEMA.md says. Normalised fields (canonical
// names, values, verbs) keep what was read in the view.

// mapText maps the view span [s, e) and returns the input span with the
// text to report: the input's bytes when text was the view's bytes there.
func mapText(v *view.View, input, text string, s, e int) (string, int, int) {
	was := s >= 0 && s <= e && e <= len(v.Text) && v.Text[s:e] == text
	s, e = v.Span(s, e)
	if was {
		text = input[s:e]
	}
	return text, s, e
}

func fromViewEntities(v *view.View, input string, ents []entities.Entity) {
	for i := range ents {
		e := &ents[i]
		e.Text, e.Start, e.End = mapText(v, input, e.Text, e.Start, e.End)
	}
}

func fromViewAmounts(v *view.View, input string, as []money.Amount) {
	for i := range as {
		a := &as[i]
		a.Text, a.Start, a.End = mapText(v, input, a.Text, a.Start, a.End)
		a.Number = fromViewSpan(v, a.Number)
		a.Unit = fromViewSpan(v, a.Unit)
	}
}

func fromViewQuotes(v *view.View, input string, qs []quotes.Quote) {
	for i := range qs {
		q := &qs[i]
		q.Text, q.Start, q.End = mapText(v, input, q.Text, q.Start, q.End)
		q.OuterStart, q.OuterEnd = v.Span(q.OuterStart, q.OuterEnd)
		if q.SpeakerStart < q.SpeakerEnd {
			q.Speaker, q.SpeakerStart, q.SpeakerEnd = mapText(v, input, q.Speaker, q.SpeakerStart, q.SpeakerEnd)
		}
		if q.VerbStart < q.VerbEnd {
			q.VerbText, q.VerbStart, q.VerbEnd = mapText(v, input, q.VerbText, q.VerbStart, q.VerbEnd)
		}
	}
}

func fromViewAttributions(v *view.View, input string, as []quotes.Attribution) {
	for i := range as {
		a := &as[i]
		a.Text, a.Start, a.End = mapText(v, input, a.Text, a.Start, a.End)
	}
}

func fromViewWarnings(v *view.View, ws []Warning) {
	for i := range ws {
		ws[i].Start, ws[i].End = v.Span(ws[i].Start, ws[i].End)
	}
}

func fromViewSpan(v *view.View, sp money.Span) money.Span {
	if sp.Start == 0 && sp.End == 0 {
		return sp // none
	}
	sp.Start, sp.End = v.Span(sp.Start, sp.End)
	return sp
}
