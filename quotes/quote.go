package quotes

import "github.com/depeche-go/depeche/internal/text"

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the attributor noticed and worked around (an unclosed
// quote).
type Warning = text.Warning

// Quote is one direct quote. Text is the quoted words without the outer marks,
// exactly input[Start:End]; OuterStart and OuterEnd include the marks.
type Quote struct {
	Text             string `json:"text"`
	Start            int    `json:"start"`
	End              int    `json:"end"`
	Speaker          string `json:"speaker"`
	SpeakerStart     int    `json:"speaker_start"`
	SpeakerEnd       int    `json:"speaker_end"`
	SpeakerCanonical string `json:"speaker_canonical"`
	Verb             string `json:"verb"`
	Via              string `json:"via"`
	OuterStart       int    `json:"outer_start"`
	OuterEnd         int    `json:"outer_end"`
}

// Attribution is information reported from a source without a direct quote
// ("Selon le Financial Times", "rapporte le FT"). Text, Start and End cover the
// cue and the source as written; Source is canonical; Cue is "selon",
// "d'après" or the verb's infinitive.
type Attribution struct {
	Text   string `json:"text"`
	Source string `json:"source"`
	Cue    string `json:"cue"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
