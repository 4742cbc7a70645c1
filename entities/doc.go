// Package entities finds the named entities of French financial wire copy:
// organisations, people, places, media, products, market indices, tickers,
// ISIN and LEI codes, each with byte offsets into the original input, one
// canonical name shared by all the mentions of an entity, and the rule that
// found it.
//
// # What it finds
//
//   - ORG: companies, banks, insurers, funds, regulators, central banks,
//     governments, exchanges ("Bourse de Paris" has subtype exchange), with a
//     subtype when the gazetteer or a trigger noun gives one. A legal form
//     written after the name belongs to the mention ("Soitec SA") but not to
//     the canonical name ("Soitec").
//   - PER: people, found from the gazetteer, a first name ("Judith
//     Hartmann"), a title ("M. Pouyanné": the mention is "Pouyanné"), a
//     family ("la famille Thomson", even of a brand the gazetteer knows) or an
//     apposition with a role ("le directeur financier de Kering, Jean
//     Dupont"); Role and Org hold the role and the canonical organisation of
//     the apposition.
//   - LOC, MEDIA, PRODUCT, INDEX: mostly from the gazetteer; MEDIA also after
//     a cue ("selon le X"); PRODUCT also after a brand ("Google Shopping"), a
//     trigger noun, singular or plural, and the names listed after it ("le
//     médicament X", "ses traitements X et Y", "la console X"), in an
//     apposition ("X, son anticancéreux vedette"), before a cue ("X, indiqué
//     contre l'asthme", "X en phase 3") or from the ending of a drug name
//     ("Tenzumab", "Velmora (tirzépatide)"; in a sentence about medicines,
//     also a lower-case name: "l'essai de phase 3 du lorvatamab"), or
//     approved by a regulator ("la FDA a approuvé X"). A version, a capital letter and model words belong
//     to a product's name ("Zeno 5", "iPhone 16 Pro", "la Lyra E"), and a
//     variant that the gazetteer lists under a family is a model of its own
//     ("A320neo", "MacBook Air"); codes of capitals and digits are guessed
//     models ("l'électrolyseur HX-500"), and so is a name followed by a
//     version number that counts nothing ("Zorvan 4,", "dix Altair 7500
//     et"). A product noun that only qualifies a
//     company does not type its name ("l'éditeur de logiciels X", "le géant
//     des smartphones X"). A newspaper named like a place is the paper after
//     a source cue or without an article ("selon Sud Ouest"), else the place
//     ("les communes du Sud-Ouest"); the sites of a company are places ("son
//     site de Tertre", "la centrale nucléaire de X", "le terminal méthanier
//     de X"), unless the text makes the name a company, and a guess of the
//     same name elsewhere takes the site's type. An outlet that is also a
//     company is an ORG where it acts as one ("la banque en ligne
//     Boursorama", "X a gagné 400 000 clients").
//   - TICKER only in ticker contexts: "EPA:MC", "(Paris:TTE)", "(MC.PA)",
//     "(Euronext: ALDEV)", "code mnémonique : ALHYD", "(ALHYD - FR001400QX56)",
//     a Euronext Growth code alone in parentheses after a name ("(ALDEV)"). ISIN with a verified check digit, LEI with a
//     verified ISO 7064 MOD 97-10 checksum.
//
// Names that no list holds are found by patterns: legal forms ("Keldrin SA"),
// the subject of a company verb or an apposition with a company noun
// ("Kerdalia annonce", "Valmeris a relevé", "Kerdalia, spécialiste lyonnais
// des capteurs, ..."), an organisation suffix ("Cabestan Industries"),
// institutions with their complement ("Agence d'information sur l'énergie",
// "Institut de Kiel pour l'économie mondiale", up to a natural end),
// "ministère américain de la Justice", "tribunal de commerce de Rennes"),
// trigger nouns ("le laboratoire X", "l'assureur X", "le spécialiste des
// semi-conducteurs X"), heads ("Banque X", "Tribunal de commerce de X", "Air
// Sahel", "Maisons Léandre", "Fratelli Corvi", also before a place the
// gazetteer knows),
// organisation suffixes ("Natixis Securities"), acronyms defined in the text
// ("Caisse Nationale de Réassurance (CNR)"), name particles ("Marc Ladreit de
// Lacharrière"). A one-word name shaped like a common noun ("Néovance") needs
// the document to show it twice as a subject or a headline name, and never
// in lower case. A capitalised name in the middle of a sentence that nothing
// explains is reported as an ORG with rule "capitalised" (turn it off with
// [Options.NoGuess]).
//
// Then, document-level consistency: a name found once by a strong rule is
// found in all its mentions, and short forms link to it ("Pouyanné" after
// "Patrick Pouyanné", "Morgan" after "Morgan Stanley", "AWS" after "Amazon Web
// Services (AWS)" or "BdS" after "Banque du Salève (BdS)", "Ostrea AM" with
// "Ostrea Asset Management", "Nadia" after "Nadia Kessler" unless two people
// share the first name). A name inside a longer one is not a second mention
// ("Amazon" in "Amazon Web Services"). An acronym that the text counts like a
// common noun ("cette SGI", "des ETI") names nothing.
//
// The canonical name is the longest name the document uses for the entity,
// without its legal form ("& Co" is part of a firm's name), unless the gazetteer knows a fuller or equivalent
// form of it: an acronym or a short word ("AFP" gives "Agence
// France-Presse"), a shortening ("Fitch" gives "Fitch Ratings"), the same name
// spelt otherwise ("Etats-Unis" gives "États-Unis"), a single word or an
// abbreviation of a markedly fuller name ("SocGen" gives "Société Générale");
// an alias in several words that abbreviates nothing is a name of its own
// ("Keystone-ATS" stays so, and names its "ATS"). A document name longer
// than the gazetteer's wins ("Réserve fédérale américaine" over "Réserve
// fédérale", also for "Fed"), unless it only adds capitalised unit words
// ("Reuters News"; words that complete a firm's name are no unit: "Hermès
// International" names its "Hermès"); a name followed by an acronym in parentheses that the
// gazetteer knows in another language names its canonical ("Agence
// d'information sur l'énergie (EIA)"). A title before a name makes a person
// whatever the lists say ("M. Garnier"), and one name keeps one type in a
// document ("donne à Solanor" after the company Solanor is no place).
//
// # What it does not do
//
// It does not resolve periphrases ("le groupe de Redmond", "l'avionneur
// européen") or pronouns, does not link entities to external knowledge bases
// beyond the identifiers the gazetteer holds, and does not type metonymies
// ("Bercy" is whatever the gazetteer says). Capitalised sentence starts,
// months, weekdays, market words ("Le titre", "Bourse" alone), acronyms of
// the trade ("BPA", "EBITDA", "IFRS"), aggregates of results releases
// ("Ebitdaal", "Capex", "Tier 1"), units ("MdEUR", "en MdsUSD", "Fr."), market
// benchmarks ("Brent", "WTI", "Bund") and the titles of plans («Cap 2029»)
// are not entities.
//
// # Rule files
//
// Rules are UTF-8 text files, one record per line, fields separated by tabs,
// '#' comments (see internal/rulefile). The default rules are embedded
// (rules/*.rules); [ParseRules] and [LoadRules] read more, and [New] stacks
// them on the defaults in order. A record whose first field starts with '!'
// removes an earlier one with the same key.
//
// A record whose first field is an upper-case type is a gazetteer entry:
//
//	# TYPE	canonical	alias...	key=value...
//	ORG	TotalEnergies	Total	TotalEnergies SE	subtype=company	isin=FR0000120271
//	MEDIA	Financial Times	FT
//	PER	Patrick Pouyanné	role=PDG	org=TotalEnergies
//	!ORG	Orange
//
// Its key is the type and the canonical name; a later entry with the same key
// replaces the earlier one, and when two entries share an alias the one from
// the later rule set wins. Attributes: subtype=, isin= and lei= (checked: a
// bad check digit is an error), id=, role=, org=, ticker=, and case=exact (the
// surface must be written exactly so, for acronyms and common words),
// case=any (any case), case=cap (the default). By default a capitalised word
// of the entry must be capitalised in the text, an acronym of one or two
// capitals must be written in capitals, and one of three capitals may also be
// capitalised inside a sentence ("Dax" for "DAX"). article=yes (places) makes a
// name count only after an article or a contraction ("le Var", "dans
// l'Aube"; not "Var." heading a column). "!TYPE name" removes the entry of that canonical
// name, or else that alias from the entries of that type.
//
// Other records start with a lower-case keyword:
//
//	first	Jeanne	Jean-Michel	(first names: "Jeanne Morvan" is a person)
//	stop	Selon	Le titre	(never an entity alone; a capitalised phrase of several words holds its tokens: "West Texas Intermediate")
//	common	Total	(a gazetteer name that is also a common word: at a sentence start it needs another mention)
//	title	M.	Mme	(the name after it is a person)
//	role	PDG	directeur financier	(roles, for appositions)
//	trigger	ORG	laboratoire	subtype=company	(the name after the noun has the type; skip=N modifiers allowed)
//	trigger	LOC	site de	skip=0	guess=yes	(a guess: "le site de X" is a place unless X is a company elsewhere)
//	head	ORG	Bourse	case=any	subtype=exchange	("Bourse de Paris" is one name)
//	head	ORG	Agence	complement=any	(also "Agence d'information sur l'énergie")
//	head	ORG	tribunal de commerce	case=any	complement=cap	(lower case: needs a name, "de Rennes")
//	head	LOC	vallée	case=lower	("la vallée du Rhône"; capitalised only at a sentence start)
//	head	ORG	Ressources	(a capitalised head with a name: "Ressources Nordalis", of which "Nordalis" is a short form)
//	verb	annonce	relève	(a capitalised subject before it is an organisation)
//	cue	PRODUCT	en phase 3	subtype=drug	(the name before the phrase has the type)
//	ending	PRODUCT	mab	vir	subtype=drug	(an unknown one-word name ending so has the type)
//	ending	PRODUCT	mab	subtype=drug	lower=yes	(also a lower-case word, in a sentence about medicines: "l'essai de phase 3 du lorvatamab")
//	legal	SA	Inc.	(legal forms after a company name)
//	suffix	Securities	(a known name followed by it is another organisation)
//	particle	de	van	(inside people's names)
//	exchange	EPA	NYSE	(prefixes of tickers: "EPA:MC")
//	pattern	NAME	TYPE	expression	key=value...
//
// A pattern is a regular expression run on each sentence (never on the whole
// document); the match, or the group given by group=N, must fall on token
// boundaries. It uses the standard regexp syntax unless the record says
// syntax=regexp2, which selects the backtracking engine (lookaround,
// backreferences) under a match timeout: timeout=50ms, by default
// [DefaultPatternTimeout] for the whole input; such a pattern sees a sentence
// in pieces of at most 4 KiB. A pattern that runs out of time
// is skipped for the rest of that input and [Recognizer.FindIn] returns a
// [Warning] naming it. icase=1 ignores case; subtype= and id= are copied to
// the entities it finds.
//
//	pattern	fonds-sicav	ORG	SICAV [A-Z][a-z]+	subtype=fund
//	pattern	projet	PRODUCT	(?<=projet )[A-Z][a-z]+	syntax=regexp2	timeout=20ms
//
// Errors in rule files are *[RuleError] values with the file, line and column.
//
// # Usage
//
//	for _, e := range entities.Default().FindAll(text) {
//		fmt.Println(e.Type, e.Text, e.Canonical, e.Start, e.End)
//	}
//
// A [Recognizer] is immutable and safe for concurrent use; [Default] is built
// once, on first use.
package entities
