// Package depeche reads French financial wire copy: the short dispatches of
// Zonebourse, AOF, Cercle Finance, Boursier.com, Reuters, AFP and their
// peers. It finds the structure of a dispatch (title, dateline, source,
// agency, byline, body), removes the boilerplate around it (copyright lines,
// "source : AOF", disclaimers, vote and share widgets, "Lire aussi"...), and
// extracts named entities, monetary amounts, direct quotes with their
// speakers, and reported attributions ("selon le Financial Times"). Every
// item carries byte offsets into the input exactly as given.
//
// This package holds documentation only. Start with [github.com/depeche-go/depeche/parse.Parse]:
//
//	doc, err := parse.Parse(input)
//	// doc.Title, doc.Source, doc.Boilerplate, doc.Entities, doc.Amounts,
//	// doc.Quotes, doc.Attributions, doc.Warnings
//
// The command examples/depeche prints the JSON of a [github.com/depeche-go/depeche/parse.Document] for
// files, standard input, or JSON Lines (-jsonl, parsed in parallel, output in
// input order).
//
// # Packages
//
//   - parse: the entry point. [github.com/depeche-go/depeche/parse.Parse], [github.com/depeche-go/depeche/parse.New], [github.com/depeche-go/depeche/parse.Options]
//     and [github.com/depeche-go/depeche/parse.Document], whose JSON is the shape documented in SCHEMA.md.
//     It wires the stages below and gathers their warnings.
//   - clean: the structure and the boilerplate. It splits the input into
//     segments that tile it: kept ones with a role (title, dateline,
//     paragraph, intertitle), removed ones with a kind (copyright, vote,
//     readmore...) and the rule that removed them. It also fills the
//     metadata (source, agency, byline, published, copyright) and offers
//     Normalize, the text for reading (NFC, HTML entities, repaired
//     mojibake, French spaces).
//   - entities: organisations, people, places, media, products, indices,
//     tickers and ISINs, each mention with a canonical name shared by its
//     aliases ("FT" and "Financial Times").
//   - money: exact decimal amounts with their ISO 4217 currency ("12,4
//     milliards de dollars" is 12400000000 USD), qualifiers ("environ",
//     "plus de"), ranges and per-unit amounts. No float64 anywhere.
//   - quotes: direct quotes (« », “ ”, "..."), their speaker, reporting verb
//     and relay ("cité par le FT"), and attributions without a quote.
//   - internal/text: the one tokenizer, sentence splitter and lookup-key
//     normaliser, shared so that all stages agree on word boundaries
//     ("d'euros", "1 234,5", "Inc.").
//   - internal/view: the reading view, a decoded copy of the input with the
//     map of its offsets back to the input.
//   - internal/rulefile: the shared rule-file reader; internal/rx: the only
//     door to the backtracking regexp engine, with time limits;
//     internal/testutil: test helpers.
//
// # Data flow
//
// [github.com/depeche-go/depeche/parse.Parser.Parse] checks the size limit, reports invalid UTF-8, then
// runs clean on the whole input. The later stages read the spans that clean
// kept (title, dateline, paragraphs, intertitles) in a reading view of the
// input: the input itself, or, when it holds HTML character references or
// mojibake, a decoded copy (internal/view) whose offsets are mapped back to
// the input, so that every item still points at the input's bytes. Entities run first;
// money runs on the same spans; quotes receive the entities so that a
// speaker can refer to one. The Document gathers every stage's items
// (each list sorted by start, then end) and warnings.
//
//	input ──► clean ──► kept spans (reading view) ──► entities ──► quotes
//	              │                └─► money
//	              └─► title, source, dateline, boilerplate, body
//
// # Offsets
//
// Every item has half-open byte offsets [Start, End) into the input given
// to Parse, before any cleaning, and its Text is exactly input[Start:End].
// Offsets fall on UTF-8 boundaries. Normalised forms live in other fields
// (canonical, value, body, verb); nothing rewrites the text the offsets
// point into. Invalid UTF-8 is not replaced: it is reported as a warning
// with its offsets and acts as a separator; in JSON the text fields show
// U+FFFD for those bytes while the offsets still count the input's bytes.
//
// # Concurrency
//
// Building is slow and may fail; using is fast and never fails on content.
// A *parse.Parser and every compiled stage (cleaner, recogniser, extractor,
// attributor) and rule set are immutable after construction and safe for
// concurrent use by any number of goroutines. The package-level defaults
// are built once, on first use. The library never logs or prints.
//
// # Errors
//
// Parse fails only for input over Options.MaxInputBytes (64 MiB by
// default): errors.Is(err, parse.ErrInputTooLarge). Empty input gives an
// empty Document whose lists are empty, not nil. Malformed rules fail at
// build time with a *RuleError (file, line, column, byte offset) that each
// package re-exports for errors.As.
//
// # Adding a rule set
//
// Vocabulary is data: each stage embeds its default rules (clean/rules,
// entities/rules, money/rules, quotes/rules) in one line-oriented format:
// UTF-8, '#' comments, one record per line, tab-separated fields whose
// meaning each package documents, and a '!' before the first field to
// remove a default entry. To add yours, parse or load a rule set and stack
// it on the defaults:
//
//	rs, err := entities.LoadRules(os.DirFS("myrules"), "entities/*.rules")
//	rec, err := entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
//	p, err := parse.New(parse.Options{Entities: rec})
//
// The command takes the same as a directory: depeche -rules DIR, where DIR
// holds clean/, entities/, money/ and quotes/ folders of *.rules files,
// stacked on each package's defaults in name order.
package depeche
