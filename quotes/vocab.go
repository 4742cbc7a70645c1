package quotes

import "github.com/depeche-go/depeche/internal/text"

// keyOf returns the lookup key of s ([text.Key]): lower case, no accents,
// apostrophes as ', dashes as -, runs of space as one space. Rules and input
// words are looked up by the same key; input words are keyed with
// [text.AppendKey] into a reused buffer, without allocating.
func keyOf(s string) string { return text.Key(s) }

// Word classes of the built-in function words (bit flags on a vocabulary
// entry).
const (
	wDet       uint32 = 1 << iota // le, la, les, l', un, des, son, ses...
	wAux                          // a, ont, avait, est, sont...
	wEtre                         // est, sont, était... (passive, pronominal)
	wRefl                         // se, s'
	wSubj                         // il, elle, ils, elles, on
	wStrong                       // lui, eux, elle, elles (after "selon")
	wTime                         // lundi, hier, matin...
	wAdv                          // notamment, également, encore...
	wFwdStop                      // words that end a noun phrase read forwards
	wBackStop                     // words that end a noun phrase read backwards
	wPrepStop                     // prepositions that open an adverbial, not part of a subject
	wNeg                          // ne, n', pas, jamais
	wQue                          // que, qu'
	wOf                           // de, du, des, d' (inside noun phrases)
	wTitle                        // M., Mme, Me, Dr (not part of a name)
	wEt                           // et
	wTrend                        // hausse, baisse, croissance...
	wQui                          // qui
	wDe                           // de, d', du (after a forecast verb: "s'attendre à", "tabler sur")
	wNotInf                       // words ending like an infinitive that are not one
	wFem                          // elle, elles
	wPlural                       // ils, elles, eux
	wNameSmall                    // small words inside names: de, la, du, of, the, and, et
	wVerbStart                    // first token of some verb form
	wMisc                         // other words the grammar compares
	wPhrase                       // first word of a cue, relay or outlet phrase
	wQuant                        // a noun of quantity before "de": la plupart des, la majorité des
	wUnit                         // a scale or a currency after a number: millions, euros, $
	wRating                       // words of a broker's rating: objectif, recommandation, achat
	wTrade                        // infinitives of a trade in a stock: acheter, vendre, se débarrasser
	wMonth                        // janvier ... décembre
)

var builtinWords = map[uint32][]string{
	wDet: {"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur", "leurs",
		"ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "plusieurs", "certains", "certaines",
		"quelques", "tous", "toutes", "deux", "trois", "nombre", "the"},
	wAux: {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "avoir", "ayant",
		"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "etre"},
	wEtre:   {"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "etre"},
	wRefl:   {"se", "s'"},
	wSubj:   {"il", "elle", "ils", "elles", "on"},
	wStrong: {"lui", "eux", "elle", "elles", "nous"},
	wTime: {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
		"demain", "matin", "soir", "midi", "apres-midi", "dernier", "derniere", "recemment", "mi-journee",
		"precedemment", "auparavant", "jour"},
	wAdv: {"notamment", "egalement", "aussi", "encore", "deja", "toutefois", "cependant", "ainsi", "enfin",
		"d'ailleurs", "plutot", "alors", "neanmoins", "pourtant", "ensuite", "bien", "meme", "surtout",
		"clairement", "simplement", "encore", "recemment", "publiquement", "volontiers", "fermement", "tout",
		"d'abord", "finalement", "donc", "mercredi", "lundi", "mardi", "jeudi", "vendredi", "samedi",
		"dimanche", "hier", "matin", "soir", "aujourd'hui", "toujours", "desormais", "dorenavant", "aussitot", "justement"},
	wFwdStop: {"dans", "lors", "a", "au", "aux", "devant", "selon", "sur", "pour", "en", "chez", "aupres",
		"cite", "citee", "cites", "citees", "interroge", "interrogee", "interroges", "interrogees", "qui",
		"que", "qu'", "dont", "ou", "lequel", "laquelle", "mais", "avant", "apres", "depuis", "pendant",
		"vers", "contre", "par", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"hier", "aujourd'hui", "jeudi", "lors", "alors", "tandis", "car", "si", "avec",
		"sans", "sous", "lorsqu'", "lorsque", "puisque", "quand", "comme", "ajoutant", "soulignant",
		"precisant", "estimant", "jugeant", "expliquant", "interviewe", "interviewee", "contacte",
		"contactee", "joint", "jointe", "sollicite", "sollicitee", "sonde", "sondee", "sondes", "sondees",
		"consulte", "consultee", "consultes", "consultees", "mardi", "via", "et", "ou", "afin"},
	wBackStop: {"que", "qu'", "qui", "dont", "ou", "mais", "car", "si", "lorsque", "lorsqu'", "quand",
		"comme", "donc", "or", "ni", "puisque", "puisqu'", "alors", "tandis", "ainsi", "lequel", "laquelle",
		"selon", "d'apres", "pour", "suivant", "cependant", "toutefois", "pourtant", "neanmoins", "enfin",
		"puis", "afin", "parce", "quoique", "bien", "egalement", "notamment", "aussi", "meme", "quant",
		"s'agissant", "evoquant"},
	wPrepStop: {"dans", "sur", "pour", "avec", "chez", "depuis", "apres", "avant", "lors", "selon", "malgre",
		"vers", "entre", "sans", "sous", "contre", "pendant", "face", "durant", "parmi", "outre"},
	wNeg:   {"ne", "n'", "pas", "jamais", "plus", "guere", "point"},
	wQue:   {"que", "qu'"},
	wOf:    {"de", "du", "des", "d'"},
	wTitle: {"m", "mme", "mmes", "mm", "me", "dr", "mlle", "pr", "sir"},
	wEt:    {"et"},
	wTrend: {"hausse", "baisse", "croissance", "progression", "repli", "recul", "amelioration", "stabilite",
		"stabilisation", "augmentation", "diminution", "rebond", "reprise", "contraction", "ralentissement",
		"acceleration", "deterioration", "degradation", "redressement", "chute", "perte", "pertes",
		"benefice", "chiffre", "marge", "resultat", "resultats", "ventes", "volume", "volumes", "surperformance",
		"stable", "stables", "bond", "envolee", "decrue", "dividende", "ebitda", "rentabilite", "inflation",
		"recession", "taux", "prix", "objectif", "objectifs", "niveau", "hausses", "baisses"},
	wQui: {"qui"},
	wDe:  {"a", "au", "aux", "sur", "de", "d'", "du"},
	wNotInf: {"premier", "dernier", "hier", "cher", "fier", "leger", "entier", "mer", "fer", "hiver", "super",
		"manager", "dollar", "plaisir", "avenir", "desir", "loisir", "soir", "espoir", "pouvoir", "devoir",
		"savoir", "avoir", "noir", "miroir", "trottoir", "couloir", "terroir", "tiroir", "rasoir", "comptoir",
		"pire", "dire", "faire", "offre", "autre", "notre", "votre", "entre", "contre", "titre", "chiffre",
		"centre", "lettre", "ordre", "nombre", "membre", "secteur", "lire", "libre", "propre", "cadre",
		"quatre", "maitre", "pierre", "barre", "guerre", "terre", "verre", "livre", "tiers", "sieur",
		"monsieur", "janvier", "fevrier", "trimestre", "semestre", "septembre", "octobre", "novembre",
		"decembre", "ministre", "registre", "genre", "poudre", "montre", "encontre", "ere", "mere", "pere",
		"frere", "faire", "oeuvre", "rare", "filiere", "matiere", "maniere", "premiere", "derniere", "carriere",
		"frontiere", "financiere", "fonciere", "banquier", "boursier", "pionnier", "courrier", "dossier",
		"papier", "chantier", "acier", "quartier", "collier", "atelier", "metier", "foyer", "loyer", "clair",
		"leur", "sur", "pour", "par", "car", "plusieurs", "ailleurs", "partenaire", "actionnaire", "cher",
		"salaire", "affaire", "affaires", "commissaire", "notaire", "annuaire", "inventaire", "horaire",
		"primaire", "frontière"},
	wFem:    {"elle", "elles"},
	wPlural: {"ils", "elles", "eux"},
	wMisc: {"estimations", "estimation", "calculs", "calcul", "previsions", "prevision", "chiffres", "donnees",
		"informations", "analyses", "analyse", "sources", "projections", "declarations", "propos", "services", "statistiques", "abord", "ailleurs", "cote", "effet", "outre", "part", "substance", "puis", "parce", "afin", "pendant",
		"tandis", "ete", "the", "semaine", "mois", "an", "annee", "passe", "passee", "prochain", "prochaine", "debut", "fin", "mi", "veille", "ici", "derniers", "dernieres", "obtenu", "obtenue", "obtenus", "obtenues", "procure", "procuree", "nos", "notre", "laquelle", "lequel", "lesquels", "lesquelles", "mais", "avec", "chez",
		"ce", "cette", "lors", "durant", "dès", "cite", "citee", "cites", "citees", "t", "t'", "t’", "-", "‑", "‐", "–"},
	wQuant: {"plupart", "majorite", "moitie", "totalite", "partie", "ensemble", "tiers", "quart", "beaucoup",
		"dizaine", "vingtaine", "trentaine", "centaine", "poignee", "minorite", "unanimite"},
	wUnit: {"million", "millions", "milliard", "milliards", "mds", "md", "mln", "mrd", "me", "mde", "m€", "md€", "k€",
		"euro", "euros", "€", "dollar", "dollars", "$", "us$", "franc", "francs", "chf", "livre", "livres", "£",
		"yen", "yens", "yuan", "yuans", "dirham", "dirhams", "mdh", "fcfa", "cents", "centimes", "eur", "usd",
		"points", "pb", "pts", "pt", "dh", "mmdh", "mad", "mio", "mrds", "musd", "meur", "gbp", "jpy", "cad",
		"cfa", "xof"},
	wRating: {"objectif", "recommandation", "conseil", "achat", "vente", "neutre", "surperformance",
		"sous-performance", "surponderer", "sous-ponderer", "ponderer", "accumuler", "alleger", "renforcer",
		"conserver", "apporter", "cible", "valorisation"},
	wTrade: {"acheter", "vendre", "ceder", "debarrasser", "garder", "eviter", "privilegier", "souscrire",
		"arbitrer", "miser", "alleger", "renforcer", "conserver", "accumuler"},
	wMonth: {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
		"novembre", "decembre"},
	wNameSmall: {"de", "la", "du", "des", "of", "the", "and", "et", "&", "d'", "le", "les", "von", "van", "der", "y"},
}
