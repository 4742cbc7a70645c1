// Package money finds the monetary amounts of French financial copy and
// reads them exactly: "50 milliards de dollars" is 50000000000 USD, "1,5
// Md€" 1500000000 EUR, "0,35 euro par action" 0.35 EUR per share.
//
// # What it finds
//
// Numbers in every French spelling: digit groups separated by a space, a
// no-break space (U+00A0), a narrow no-break space (U+202F), dots or
// apostrophes ("12 500", "1.234.567", "120'289'800"); decimal commas or dots
// ("2,5", "208.5"); signs ("-12", "−12" with U+2212, "+1,1"); written numbers
// ("cinquante milliards", "quatre-vingt-dix", "soixante et onze", "deux cents
// millions", "trois milliards et demi", "un demi-milliard", "une dizaine de
// millions", the last one approximate).
//
// Scales: mille, million(s), milliard(s), billion(s) (10^12 in French) and
// the abbreviations of the trade (k, M, Md, Mds, Mrd, mds, G as in "G$",
// mio), alone or glued to a unit ("ME", "KE", "MdE", "MEUR", "MdsUSD",
// "MDH", "MMDH"). The Swiss and press forms "mio", "mrd", "mrds" and "mds"
// (any case, "Mio." with its dot before a currency) stand for the word: like
// "millions" they need no currency ("contre 961 mio") and then take the
// currency of the context; when the text writes no currency at all, "mio"
// and "mrd" are CHF in a Swiss dispatch ("(awp)", "(ats)", "Zurich": the
// context rules of the pseudo-family ~MIO).
//
// Currencies: symbols ("€", "$", "£", "¥", "US$", "C$", "HK$", "$ CA",
// "Fr."), ISO codes before or after the number ("EUR 12,5 millions", "USD1,23",
// "CHF 1,2 mio"), French names with their adjectives and plurals ("dollars
// canadiens", "francs suisses", "couronnes norvégiennes", "francs CFA"),
// joined by "de" or "d'" (with ' or ’, across a line break), and minor units
// converted into the major one ("12 cents" is 0.12, "470 pence" 4.7 GBP).
// An ambiguous unit ("$", "dollars", "cents", "francs") resolves to a
// default set in [Options] (USD, CHF) or from the text: a Canadian dispatch
// reads "$" as CAD (unless it names Canadian dollars itself), a text dated
// before the euro reads "francs" as FRF. [Amount.Ambiguous] says so.
//
// Structure: ranges ("entre 10 et 12 milliards d'euros", "de 10 à 12 M€",
// "1,1-1,3 Md€") with [Amount.Min] and [Amount.Max]; a scale and unit shared
// by a range or a list ("2,5 et 3 milliards d'euros"); a change ("relevé de
// 230 à 260 euros"), which gives two amounts, the first taking the second's
// unit; hedges ("environ", "près de", "quelque", "avoisinant", "de l'ordre
// de") in [Amount.Approx]; bounds from a closed list of the rule files
// ("plus de", "moins de", "au moins", "jusqu'à", "au-delà des", "sous la
// barre des", "supérieur à", "à peine") in [Amount.Qualifier], never an
// article, "sous" alone or a verb ("pourrait dépasser"); per-unit amounts
// ("par action", "€/action", "$/b", "le MWh", "par an", "/an", "annuels")
// in [Amount.Per], but not time phrases ("l'an dernier", "un an plus tôt",
// "par rapport à l'an passé"); a per-share context before the amount in its
// clause ("BPA de", "BPA : ", "le BPA 2026, attendu à", "bénéfice par
// action de", "Par action, ...") gives per "action" to the amount and to
// the one compared with it ("..., contre 0,93 $"), while a "par action"
// written after an amount is that amount's only; amounts side by side
// ("50 milliards de dollars (46 milliards d'euros)"); amounts whose currency
// is left out ("2,7 milliards", "dont 600 millions"), which take the
// currency of the amount before them (or after them when none comes before),
// a bracketed conversion aside; the cells of a results table, which take the
// unit of their label line ("Résultat net (G$)", "- en millions d'euros"),
// of their row label ("Chiffre d'affaires (M€)  1 234,5  1 100") or of the
// table's header or caption lines above ("Chiffres clés (en millions
// d'euros)  2025  2024", "En M€" over "| | 2025 | 2024 |", "(M$)"), columns
// being separated by tabs, bars or two spaces. Years in header rows, a
// column headed "Var.", "Évolution" or "%", rows of rates or counts ("Marge
// (%)", "Taux de ...", "Effectifs", "Nombre de ...") give no amount, and the
// search for a header stops at a blank line or a line of prose.
//
// # What it does not find
//
// Percentages, points, numbers of shares or other counted things ("12
// millions d'actions", "1,2 million de titres"), years, dates, times, phone
// numbers, model names ("Airbus A320"), index names and levels ("CAC 40",
// "8 104,35 points"), a conversion note ("1 euro = 1,08 dollar"), a rate
// whose number has no unit of its own ("à 1,08 contre le dollar"), a bare
// number in a text without any currency, a number cut off by the end of the
// text ("156 mill"), and numbers beyond the limits of [Decimal] (no amount
// rather than a wrong value). It does not convert between currencies.
//
// # Values
//
// [Decimal] is exact: sign, coefficient digits and a base-10 exponent,
// normalised so that == is numeric equality. Scaling is exponent arithmetic,
// so "12,4 milliards" is 124 × 10^8; no float is used. Values are in the
// currency's major unit.
//
// # Rules
//
// Currencies, symbols, codes, scale words, written numbers, qualifiers,
// per-unit words, counted nouns, change verbs and context words are data: the
// embedded files rules/*.rules, in the shared line format (# comments,
// tab-separated fields). Each record is
//
//	kind	value	form	form...
//
// with these kinds:
//
//	name       CODE          French names, any case, accents ignored, plurals generated
//	symbol     CODE          symbols and codes, before or after the number
//	suffix     CODE          forms read only right after a number ("E" in "165E")
//	scale      EXP           scale words ("milliard" is 9)
//	abbr       EXP           abbreviations, exact, before or glued to a unit ("Md")
//	number     VALUE         written numbers ("cinquante")
//	about      VALUE         approximate counts ("dizaine")
//	qualifier  approx|lower|upper   hedges and bounds ("près de", "plus de")
//	per        SINGULAR      per-unit words ("titre" -> "action", "b" -> "baril")
//	count      -             counted nouns that are not money ("actions")
//	change     -             stems of change verbs ("relev", "abaiss")
//	context    ~FAM=CODE     stems that resolve an ambiguous family ("~USD=CAD canad")
//
// CODE is an ISO 4217 code, "CODE/100" a minor unit, "~CODE" an ambiguous
// family. A line starting with '!' ("!name	livre") removes forms defined by
// an earlier rule set. A user adds the balboa with
//
//	name	PAB	balboa
//	symbol	PAB	B/.
//
// loaded with [ParseRules] or [LoadRules] and passed in [Options].Rules.
//
// # Usage
//
//	for _, a := range money.Default().FindAll(text) {
//		fmt.Println(a.Text, a.Value, a.Code, a.Start, a.End)
//	}
//	a, err := money.ParseAmount("environ 1,5 Md€") // 1500000000 EUR, approx
//
// Offsets are byte offsets into the caller's input, and Text is exactly
// input[Start:End]. An [Extractor] is immutable and safe for concurrent use;
// FindAll allocates nothing on text without amounts.
//
// # How it works
//
// The extractor scans the bytes of the input for candidates (a digit, or a
// word that may end a written amount such as "millions" or "dollars"), lexes
// a few tokens around each candidate with a small lexer of its own (the
// number and word rules of internal/text, read lazily and without
// allocating), and parses that bounded window. No pattern runs over the
// whole text, and the cost grows linearly with its size.
package money
