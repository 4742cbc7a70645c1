// Package parse is depeche's entry point: it turns one French financial
// dispatch into a [Document] holding its structure (title, dateline, source,
// agency, byline, copyright, body), the boilerplate removed around it, and
// the entities, amounts, quotes and attributions found in what remains.
//
// # What it does
//
// [Parse] and [Parser.Parse] run the stages in order on the input exactly
// as given:
//
//  1. the size check: input over [Options].MaxInputBytes (64 MiB by
//     default) gives [ErrInputTooLarge] and nothing else;
//  2. invalid UTF-8: each run of invalid bytes becomes a warning with its
//     offsets (bytes are never replaced, so offsets stay true);
//  3. clean: segments that tile the input, kept (title, dateline,
//     paragraphs, intertitles) or removed (boilerplate, with a kind and the
//     rule that removed it), and the metadata;
//  4. entities, money and quotes, reading only the kept spans; quotes
//     receive the entities so that a speaker can refer to one. When the
//     input holds HTML character references ("Cr&eacute;dit", "&nbsp;") or
//     mojibake ("prÃ©voit"), they read a decoded copy of it and every
//     offset they give is mapped back to the input (a span that starts or
//     ends inside a decoded reference widens to the whole reference); texts
//     are then sliced from the input again, while canonical names, values
//     and verbs keep the decoded reading.
//
// Every item of the Document carries half-open byte offsets [Start, End)
// into the input, and its Text is exactly input[Start:End]. Every list is
// sorted by Start, then End, and is empty rather than nil, so that the JSON
// (the shape documented in SCHEMA.md) shows [] for nothing found. Output is
// deterministic: the same input gives the same Document.
//
// # What it does not do
//
// Parse does not fail on content: empty input gives an empty Document;
// invalid UTF-8, NUL bytes, HTML pages and odd bytes give a best-effort
// Document with warnings. It does not fetch, decode charsets other than
// UTF-8 (mojibake is repaired, not decoded from another charset), or keep state
// between calls. The library never logs or prints.
//
// # Rules
//
// parse reads no rule file itself. Each stage has its rules (clean/rules,
// entities/rules, money/rules, quotes/rules, in the shared tab-separated
// format of depeche's rule files); build a stage with extra rule sets and
// hand it over in [Options]:
//
//	rs, err := money.ParseRules("mine.rules", data)
//	ex, err := money.New(money.Options{Rules: []*money.RuleSet{rs}})
//	p, err := parse.New(parse.Options{Money: ex})
//
// # Usage
//
//	doc, err := parse.Parse(input)
//	if err != nil {
//		// only ErrInputTooLarge (wrapped)
//	}
//	for _, a := range doc.Amounts {
//		fmt.Println(input[a.Start:a.End], a.Value, a.Code)
//	}
//
// A [Parser] is immutable after [New] and safe for concurrent use by any
// number of goroutines; [Parse] uses a shared default one, built on first
// use.
package parse
