package quotes

import "github.com/depeche-go/depeche/internal/text"

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the attributor noticed and worked around: a quote
// whose closing mark is missing at the end of the text. Start and End are
// byte offsets into the original input.
type Warning = text.Warning

// Quote is one direct quote. Text is the quoted words without the outer marks
// and the spaces next to them, exactly input[Start:End]; OuterStart and
// OuterEnd include the marks (for the parts of a quote cut by an incise, the
// mark on one side only). Speaker is the speaker as written nearest the quote,
// input[SpeakerStart:SpeakerEnd], or "" when nobody is named;
// SpeakerCanonical the named person or organisation it refers to, when known.
// Verb is the infinitive of the reporting verb ("" after a colon or
// "selon"), Via the canonical name of the outlet that relayed the words. All
// offsets are byte offsets into the original input.
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

	// VerbText is the reporting verb as written ("a-t-il déclaré"),
	// input[VerbStart:VerbEnd]; empty when Verb is.
	VerbText  string `json:"-"`
	VerbStart int    `json:"-"`
	VerbEnd   int    `json:"-"`
}

// Attribution is information reported from a source without a direct quote
// ("Selon le Financial Times", "rapporte le FT", "Microsoft estime que").
// Text, Start and End cover the cue and the source as written; Source is the
// canonical name of the source, else the noun phrase as written ("le
// groupe"); Cue is "selon", "d'après", "suivant", "pour", "citer" or the
// verb's infinitive. Offsets are byte offsets into the original input.
type Attribution struct {
	Text   string `json:"text"`
	Source string `json:"source"`
	Cue    string `json:"cue"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
