package text

// Span is a half-open byte range [Start, End) of the original input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Warning is something a stage noticed and worked around: invalid UTF-8, an
// unclosed quote, a user rule that hit its time limit. Start and End are byte
// offsets into the original input. A Warning never contains input text beyond a
// short excerpt chosen by the stage.
type Warning struct {
	Message string `json:"message"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Whole returns the single span covering all of s, or nil for an empty string.
func Whole(s string) []Span {
	if s == "" {
		return nil
	}
	return []Span{{0, len(s)}}
}
