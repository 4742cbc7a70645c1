// Package quotes finds the direct quotes of a French financial dispatch, who
// said them, with which reporting verb and through which outlet, and lists
// the information reported from a source without a quote (attributions).
//
// # What it finds
//
// Quotes are the words between quotation marks of any kind: « » (with or
// without no-break spaces), “ ”, „ “, ‟, ‹ ›, straight "...", << >> left by
// converted text, and the ASCII single quotes ' ... ' of some wires, told
// apart from apostrophes. Marks pair by family, so “ ” nested in « » stay
// inside the outer quote; a quote may run over several paragraphs, with a
// mark reopening each continued paragraph or without one; a quote whose
// closing mark was lost because the text was cut off runs to the end of the
// text, with a [Warning]. Stray and unbalanced marks invent nothing, and any
// number of them is read in linear time.
//
// Each quote gets its speaker as written nearest the quote ("une source proche
// de Microsoft", "le broker", "il"), the canonical name of the person or
// organisation it refers to when known (from the entities found in the same
// document: "il" -> the person named before, "le groupe" -> the company, "le
// broker" -> the bank), the infinitive of the reporting verb ("affirmer" for "a
// affirmé", "déclarer" for "a-t-il déclaré") and the outlet that relayed the
// words ("citée par le FT" -> "Financial Times"), which then holds for every
// quote of that speaker in the same exchange. The forms read are: the verb
// after the quote with an inverted subject (« ... », a déclaré X; a-t-il
// ajouté; estime-t-elle; avait expliqué mardi X; a expliqué au Temps X, where
// Le Temps is the relay), the verb before with a colon (X a déclaré : « ... »),
// a colon after a clause that its subject opens (X, qui se veut confiant : «
// ... »), "selon X" and "Pour X," around the quote, incises that cut a quote in
// two parts (« ... », a-t-il ajouté, « ... »), fragments inside a sentence (X a
// jugé la décision « très décevante », also after a noun that often names a
// title: a jugé le plan « brutal et injustifié »; ..., la jugeant « hostile »),
// passives ("sont considérées par X") and relay frames ("cité par Y",
// "interrogé par Y", "a déclaré à Reuters", "dans une interview à", "dans un
// communiqué"). Quoted fragments inside a sentence also take an incise that
// ends the sentence (« ... », soit 14 millions, affirme le fonds dans son
// assignation), and an outlet may stand in quotation marks (confie aux « Echos
// » Thomas Keller). A quote with no speaker in sight takes the speaker of the
// quote just before it, or none: it is never dropped.
//
// Attributions are "selon X", "d'après X", "suivant X", "Pour X, ...", "X, cité
// par Y", incises (", indique X", "rapporte le FT", "estiment la plupart des
// économistes", "comme l'avait rapporté X", "ce qu'a indiqué X"), a speech or
// opinion verb whose complement is a que-clause or an infinitive ("Microsoft
// estime que", "a déclaré s'attendre à"), a request with an infinitive after
// "de" or "à" ("recommande à ses actionnaires d'apporter leurs titres") and
// forecast verbs followed by a figure or a trend ("prévoit un chiffre
// d'affaires de", "X, qui table sur", "qu'il attend désormais entre 210 et 230
// millions d'euros", "les 1,9 milliard que le consensus attendait"), also with
// an infinitive that gives an amount or a percentage ("prévoit d'investir 300
// millions d'euros"); a forecast in a clause that "selon X" already reports
// is X's only ("Selon le consensus X, les analystes attendaient"). Dates
// between a verb and its complement are skipped ("a indiqué en février
// vouloir", "avait rapporté la semaine dernière que"). Participial and
// infinitival forms count ("tout en se disant prête à agir", "après avoir
// averti que"), and so do pronoun incises with a complement (", a-t-il fait
// savoir vendredi"). A report inside the que-clause of another one is not
// listed again ("a confirmé qu'il s'attendait à"), but one in a clause of its
// own is ("alors qu'il anticipe", "Si X estime que ..., Y note que"). "Amazon
// et OpenAI assurent que" gives one attribution per source. The source is the
// canonical entity when the referent is clear, else the noun phrase as written
// ("le groupe"); the cue is "selon", "d'après", "suivant", "pour", "citer" or
// the verb's infinitive.
//
// Sources and speakers resolve like this: a pronoun or "celui-ci" to the last
// speaker or subject, but an inverted pronoun that closes a clause to the
// subject of that clause when a name heads it ("L'AMF a infligé une amende à
// X, a-t-elle annoncé"), and to the speaker before it when a company noun
// heads the clause ("Le groupe prévoit ..., a-t-il indiqué"); "ce dernier" to
// the one named last; "on" to the
// company in "souligne-t-on chez X" and to the author in "peut-on lire dans la
// note de X"; a present participle ("..., jugeant que") to the subject of the
// nearest clause that names someone ("après que Barclays a abaissé son
// objectif, jugeant que"; "rapporte Bloomberg, citant"), relative clauses and
// reported que-clauses left out; a surname to the person named in full before
// ("Garnier" -> "Olivier Garnier"), unless a company of that name came first;
// "un analyste de X", "un porte-parole de X", "les économistes de X" to X, but
// "une source proche de X" stays as written; "le groupe", "la société",
// "l'équipementier", "le producteur d'électricité" to the company the dispatch
// is about (the company that was the subject of a report or a quote in the
// sentence before: "Quellis conteste ces accusations. Le groupe affirme";
// else the one named most, and first of all the one named as the subject
// with a company noun, "Le groupe chimique X rachète Y", "L'éditeur de
// logiciels X signe"; the company the headline or the lead opens with counts
// more, a regulator, a court or a government less; an acronym in brackets
// after the full name counts once, and a subject wins a tie), or, when none
// is named yet, the next one; "le
// broker" to the bank or broker quoted before, or to the one that acted as a
// broker ("X passe à l'achat et relève son objectif"), and so "les analystes
// du bureau d'études"; "les analystes" alone to a broker quoted before, never
// to the company the dispatch is about; "selon les chiffres publiés par X" and
// "selon les projections des services de X" to X; a document with no author
// ("selon une note publiée jeudi") to the named subject of its sentence,
// unless an outlet obtained it ("selon un document consulté par Reuters"
// stays as written, with who obtained it); "selon le syndicat", "précise
// l'agence", "indique le cabinet", "a indiqué la banque centrale" to the
// organisation introduced with that noun ("le syndicat X", "X, le cabinet de
// conseil", "la firme de données financières X"), else to the last one of a
// kind the noun may describe (a union, a news or rating agency, a central
// bank), else the noun phrase as written ("l'une d'elles"). "La plupart des
// économistes interrogés par Reuters" and "les analystes sondés par la firme
// LSEG" are kept whole: the poll belongs to the source. A relative clause
// between the subject and the verb is skipped ("Le groupe, qui a dégagé 19,6
// millions d'euros, précise"), and so is an acronym in brackets ("L'Autorité
// des marchés financiers (AMF) a infligé"); an amount, a year or a count is
// never a source or a speaker. Capitalised names that the entities package
// left untyped (an unknown company) count as names of unknown type, acronyms
// of fewer than four letters, financial abbreviations ("CHF", "Ebitda") and
// units after a number ("1,2 Md€") excepted.
//
// # What it does not do
//
// It does not parse syntax: noun phrases are read with word lists and capitals
// in bounded windows around each cue. Names and titles in quotes (the product
// "Frontier", le fonds « Avenir Climat Europe ») and fragments of one or two
// words are not quotes; a phrase of three or four words in ASCII single quotes
// is a term unless a cue comes with it (a verb before it or an incise after it:
// 'très nettement sous-évalué' à ce stade, estime X). Verbs that often mean
// something else in market copy ("le titre glisse", "relève son objectif",
// "estime ses pertes à") count only next to a quote, a que-clause or an incise;
// rating actions (also "conseille de se débarrasser du titre"), promises and
// threats ("promet de verser", "menace de bloquer"), the figures of a plan ("le
// plan prévoit 300 suppressions de postes") and verbs with a plain noun object
// ("a annoncé le versement") are not attributions; a verb that only introduces
// a quote is recorded on the quote, and so is a que-clause that holds little
// more than the quote ("affirme que, pour sa part, X « ... »"). Unquoted
// reported speech is listed as an attribution, not as a quote. Text over
// 64 KiB (a feed rather than a dispatch) is read in windows cut at paragraph
// breaks outside quotes: pronouns and "le groupe" do not refer back across a
// window's start.
//
// # Rule files
//
// The vocabulary is data: UTF-8 rule files in the shared line format (#
// comments, tab-separated fields, a leading '!' removes an entry of an
// earlier rule set). The first field names the kind of record:
//
//	# verb  lemma  class  flags  forms (comma-separated; the lemma is implied)
//	verb	affirmer	DECL	-	affirme, affirment, affirmé, affirmait, affirma
//	verb	glisser	MANNER	AMBIG	glisse, glissent, glissé
//	verb	tabler	FCST	FIGURE	table, tablent, tablé, tablait
//	# cue  words  role (SOURCE, or INITIAL for a sentence-initial "Pour X,")
//	cue	selon	SOURCE
//	# relay  words  role (MEDIUM, TO, INTERVIEW, CHANNEL)
//	relay	cité par	MEDIUM
//	relay	dans un communiqué	CHANNEL
//	# agent  head noun  kind (COMPANY, ANALYST, MEDIA, PERSON, DOC, ANON, STAFF, ORG)
//	#        [subtypes or types it may describe]
//	agent	broker	ANALYST
//	agent	syndicat	ORG	union
//	# nosource  head noun ("selon les normes IFRS" is no attribution)
//	nosource	normes
//	# title  word (a quoted phrase after it is a name: baptisé « ... »)
//	title	baptisé
//	# outlet  canonical  aliases...
//	outlet	Financial Times	FT	Financial Times
//	!verb	glisser
//
// Verb classes: DECL, ADD, EXPL, OPIN, ANNC, CONF, DENY, CRIT, POS, WARN, REQ,
// PROM, FCST, ASK, REPL, MANNER, WRITE. Flags: AMBIG (a non-speech sense is
// common), PRON (pronominal: the forms carry "se"/"s'"), PHRASE (several
// words), NOQUE (never an attribution without a quote), FIGURE (a figure or a
// trend after it makes an attribution), NUMBER (only an amount or a percentage
// after it does: "qu'il attend désormais entre 210 et 230 millions d'euros",
// not "attend les résultats du 12 mars"). Inverted forms ("dit-il", "a-t-elle
// ajouté") and compound tenses ("avait-il précisé") come from the grammar:
// list the simple forms and the participles only. The defaults live in
// rules/verbs.rules (195 verbs) and rules/cues.rules; [DefaultRules] returns
// them and [Options].Rules stacks more on top.
//
// Agent kinds say what a head noun refers to: COMPANY the company the dispatch
// is about, ANALYST the bank or broker quoted, MEDIA the outlet named last,
// PERSON the person named last, DOC the issuer of a document, ANON nobody
// known ("une source"), STAFF the organisation named in the complement ("les
// économistes de X"), ORG another organisation (the one introduced with the
// noun). ORG, ANALYST and MEDIA nouns first look for the organisation
// introduced with the same noun, then for the last one of a listed subtype
// ("union", "rating agency", "MEDIA"). A head noun may have several words
// ("agent banque centrale ORG central bank"); it is read before the single
// word that opens it.
//
// # Usage
//
//	qs, as := quotes.FindAll(text)
//	for _, q := range qs {
//		fmt.Println(q.Speaker, q.Verb, q.Via, q.Text)
//	}
//
// In the pipeline, parse calls [Attributor.FindIn] with the kept spans of the
// dispatch and the entities found in them. All offsets are byte offsets into
// the original input, and every Text is exactly input[Start:End]. An
// [Attributor] is immutable and safe for concurrent use.
package quotes
