"""English."""
from .base import Language


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


SPEECH_VERBS = _w("""say says said saying tell tells told telling add adds added adding state states
        stated explain explains explained note notes noted write writes wrote written tweet tweets
        tweeted tweeting post posts posted claim claims claimed argue argues argued insist insists
        insisted warn warns warned warning continue continues continued ask asks asked reply replies
        replied respond responds responded answer answers answered declare declares declared announce
        announces announced acknowledge acknowledges acknowledged admit admits admitted concede
        concedes conceded recall recalls recalled suggest suggests suggested predict predicts predicted
        promise promises promised vow vows vowed pledge pledges pledged assert asserts asserted contend
        contends contended maintain maintains maintained complain complains complained remark remarks
        remarked observe observes observed comment comments commented describe describes described
        call calls called joke jokes joked quip quips quipped exclaim exclaims exclaimed shout shouts
        shouted yell yells yelled whisper whispers whispered mutter muttered testify testifies
        testified report reports reported conclude concludes concluded confirm confirms confirmed deny
        denies denied emphasize emphasizes emphasized emphasise emphasised stress stresses stressed
        urge urges urged charge charges charged counter counters countered boast boasts boasted lament
        laments laments lamented agree agrees agreed recount recounts recounted reiterate reiterates
        reiterated cautioned cautions caution added mused muses wondered wonders writes declared
        proclaimed proclaims demanded demands demand acknowledged begged pleaded pleads read reads
        thundered snapped retorted retort retorts interjected interject interrupted predicted
        conceded tells admitted explains clarified clarifies reasoned suggested opined insisted
        accused accuses blasted slammed criticized criticised praised hailed touted touts dubbed
        labeled labelled branded termed concurred recalled disclosed revealed reveals added
        estimated estimates estimate alleged alleges allege echoed echoes echo saying adding telling
        noting arguing writing explaining calling warning insisting declaring asking stating
        claiming tweeting posting urging suggesting responding replying describing vowing
        promising assure assures assured emailed texted messaged denounce denounces denounced
        point points pointed refer refers referred remembered remembers recalls warns
        bark barks barked beam beams beamed fume fumes fumed boom booms boomed gush gushes gushed
        scoff scoffs scoffed sneer sneers sneered chuckle chuckles chuckled laugh laughs laughed sigh
        sighs sighed growl growls growled grumble grumbles grumbled rave raves raved rant rants ranted
        crow crows crowed chime chimes chimed marvel marvels marveled marvelled elaborate elaborates
        elaborated intone intones intoned put puts shot shoots fired fires hit hits went goes chimed
        chimes piped pipes pressed presses screamed cried questioned retaliated riffed surmised
        chant chants chanted chanting confess confesses confessed react reacts reacted
        yelling shouting screaming joking quipping boasting complaining demanding announcing asserting
        predicting pleading recalling conceding acknowledging admitting exclaiming whispering muttering
        proclaiming retorting countering contending affirm affirms affirmed exhort exhorts exhorted
        exhorting praising slamming blasting accusing
        portray portrays portrayed portraying characterize characterizes characterized characterizing
        cite cites cited citing""")

LANGUAGE = Language(
    code="en",
    name="English",
    analyzer_lang="en",
    function_words=frozenset("""the of and to in is that for it was on with as he said by at from his
        be are have an this which were they has not but had their who been would will she there its
        after also we been more than when about could them into only other you i""".split()),
    abbreviations=frozenset("""mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc ltd corp co
        vs etc jan feb mar apr jun jul aug sep sept oct nov dec no fig u.s u.k u.n e.g i.e a.m p.m""".split()),
    # --- quotations ---
    speech_verbs=SPEECH_VERBS,
    pronouns={"he": "person", "she": "person", "they": "any", "it": "group", "i": "person",
              "we": "group", "i'm": "person", "i’m": "person",
              # a subject pronoun contracted with its auxiliary ("he’s said", "they’ve argued")
              **{p + a + s: k for p, k in (("he", "person"), ("she", "person"), ("they", "any"),
                                           ("we", "group"), ("i", "person"))
                 for a in "'’" for s in ("s", "d", "ve", "ll")
                 if not (p in ("they", "we", "i") and s == "s")}},
    titles=_w("""mr mrs ms miss dr prof sir dame lord lady president vice chairman chairwoman chair ceo
        cfo director minister secretary senator sen rep representative congressman congresswoman
        governor gov mayor judge justice general gen colonel col captain capt sergeant officer chief
        spokesman spokeswoman spokesperson official officials leader head commissioner ambassador
        prime premier chancellor king queen prince princess pope bishop archbishop rev reverend
        father sister professor attorney lawyer analyst economist manager executive founder candidate
        nominee adviser advisor aide strategist chairperson secretary-general superintendent sheriff
        inspector detective lieutenant lt commander admiral spokespeople researcher scientist expert
        author editor correspondent columnist worker resident residents member members master
        whip treasurer clerk coach striker organizer organiser activist campaigner boss owner
        president-elect speaker councilman councilwoman alderman businessman businesswoman
        anchor host moderator"""),
    according_to=("according to", "in the words of", "as told to"),
    determiners=_w("""the a an this that these those his her their its our my your another some
        several many two three four five both each every any one"""),
    quote_pairs=(("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'")),
    elisions=_w("em cause til tis twas n round s"),
    name_particles=_w("van von de der den da di du la le al el bin ibn ter ten del della des st"),
    np_connectors=_w("of for at"),
    conjunctions=_w("and &"),
    prepositions=_w("""in on at to during after before with from by about as since into onto through
        over under against among via per like without within despite amid for of"""),
    np_stops=_w("""when while because if but or so then also later earlier today yesterday tomorrow monday tuesday wednesday thursday
        friday saturday sunday last this next who whom whose which that where what how why is was
        are were be been being has have had will would could should may might can must do does did
        not never just only again still recently previously afterwards afterward there here into
        onto through over under against among via per than like up down out off back told said
        says added instead though although whether unless whereas now you nobody however meanwhile yet
        moreover specifically indeed furthermore nevertheless nonetheless"""),
    complementizers=_w("that"),
    verb_fillers=_w("""has have had did does do would will could can might may should also then later once again previously recently earlier
        simply only just repeatedly flatly bluntly angrily quietly is was were are would will
        tersely further first publicly privately reportedly even often meanwhile never always already now
        yet ultimately hadn’t hasn’t haven’t didn’t doesn’t don’t wouldn’t won’t hadn't hasn't
        haven't didn't doesn't don't wouldn't won't not"""),
    post_cues=frozenset(),
    naming_words=_w("""so-called dubbed titled entitled named nicknamed headlined branded labeled
        labelled termed word words phrase term slogan motto hashtag pseudonym alias nickname"""),
    gender_words={"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "mr": "m", "mrs": "f",
                  **{p + a + s: g for p, g in (("he", "m"), ("she", "f")) for a in "'’" for s in ("s", "d", "ll")},
                  "ms": "f", "miss": "f", "spokesman": "m", "spokeswoman": "f", "chairman": "m",
                  "chairwoman": "f", "congressman": "m", "congresswoman": "f", "sir": "m", "dame": "f",
                  "lord": "m", "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                  "father": "m", "sister": "f", "businessman": "m", "businesswoman": "f"},
    title_suffixes=(),
    extra={"anaphoric_cues": ("that", "this", "so"),
           # a speech-verb form after these (or after a possessive 's) is a noun: "the report",
           # "her remark that", "Trump’s comments"
           "noun_markers": ("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "whose",
                            "these", "those"),
           "possessive_s": True,
           # (the speech verbs' present participles: "saying", "adding")
           "participles": tuple(sorted(w for w in SPEECH_VERBS if w.endswith("ing"))),
           "known_as": ("known as", "referred to as", "so called"),
           # manner adverbs between a subject and its speech verb ("she erroneously called")
           "adverb_suffixes": ("ly",),
           # adverbs that stand between an auxiliary and its verb ("has since apologized")
           "time_words": ("week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "january", "february", "march", "april", "june", "july", "august", "september",
                          "october", "november", "december", "today", "yesterday", "tonight"),
           # determiners that stand alone as a speaker ("Another said", "One read"), and a specific indefinite
           # pronoun ("someone in the crowd shouted"; "anybody who complains …" generalises, speaks no words)
           "pronominal_dets": ("another", "one", "some", "many", "both", "several", "others", "most", "few",
                               "someone", "somebody"),
           # a bare lower-case noun as a speaker is a plural ("officials said", "critics say")
           "plural_s": True,
           # "a film called “X”": a naming verb right after a noun names something
           "naming_verbs": ("called",),
           # speech verbs that may open a sentence, before their subject ("Said Jansen, “…”")
           "inverted_openers": ("said", "says", "added", "asked", "wrote"),
           # cues only with a particle after them ("as Jansen put it", "Trump shot back", "she went on")
           "particle_verbs": {"put": "it", "puts": "it", "shot": "back", "shoots": "back", "fired": "back",
                              "fires": "back", "hit": "back", "hits": "back", "went": "on", "goes": "on",
                              "chimed": "in", "chimes": "in", "piped": "up", "pipes": "up"},
           "clause_preps": ("as", "after", "before", "since", "until"),
           # a cue-less quotation belongs to the subject of its own clause, the last one a conjunction or
           # subordinator opens ("Clinton endorsed the deal, although she has “serious concerns”")
           "nearest_clause_subject": True,
           # … also after a bare "and" when a name and one of these follow it
           "clause_auxiliaries": ("will", "would", "has", "have", "had", "can", "could", "should", "may", "might",
                                  "must", "is", "was", "did", "does"),
           # words opening a subordinate clause: a quotation closing one belongs to its cue, not to the
           # main clause after it ("When someone shouted, “Cruz,” Beck joked")
           "subordinators": ("when", "after", "as", "while", "although", "though", "before", "since", "until",
                             "because", "once", "whenever"),
           # a scare quote takes the sentence subject only when that is a person (name or pronoun)
           "scare_quotes_of_persons": True,
           # … or of a body that speaks as one
           "speaking_bodies": ("campaign", "committee", "council", "commission", "administration", "government",
                               "party", "union", "agency", "department", "ministry", "court", "board"),
           # "with Donald Trump tweeting that …": the phrase after "with" speaks in a participle clause
           "absolute_with": ("with",),
           # … and a participle after a subordinate or relative clause continues that clause's subject
           # ("when protesters interrupted her, shouting “…”")
           "participle_nearest_clause": True,
           "gerund_suffix": "ing",
           "past_participle_suffix": "ed",
           # words that open another clause: a speech verb before them does not govern what follows
           "clause_breaks": ("while", "as", "after", "when", "because", "before", "although", "though",
                             "whereas", "but", "and", "despite", "which", "who", "whom"),
           "relative_pronouns": ("who", "which"),
           # a speech verb in a relative clause, dashes or brackets closed before a quotation does not govern it
           "closed_insertions": True,
           # a relative pronoun whose antecedent may stand without a comma ("a former spymaster who wrote")
           "restrictive_relatives": ("who",),
           # a quotation in the headline line that the body repeats is reported once, in the body
           "headline_repeats": True,
           # … also in a deck, the line under the headline before the first blank line
           "headline_deck": True,
           # a wire dateline opening a paragraph ends before the first sentence ("WASHINGTON (AP) — …")
           "datelines": True,
           # words opening a time phrase between a subject and its verb ("whom Beck on Wednesday called")
           "time_before_verb": ("on", "last", "this", "next", "early", "late", "later", "earlier"),
           # … and a span counted back: its last word, and the words that count it ("less than two weeks ago")
           "ago_phrase": (("ago",), ("less", "more", "than", "about", "nearly", "almost", "just", "only", "a", "an",
                                     "few", "several", "one", "two", "three", "four", "five", "six", "seven",
                                     "eight", "nine", "ten", "day", "days", "week", "weeks", "month", "months",
                                     "year", "years", "hour", "hours", "minutes", "decade", "decades")),
           # a past tense in -ed after a plural noun ends a subject phrase that ran on into its verb
           # ("Netanyahu and other leaders shunned Carter, claiming …")
           "swallowed_past_verbs": True,
           # … and a past tense a particle or an article follows ends a speaker phrase that ran on into it
           # ("His campaign sent out a release saying", "The campaign doubled down, saying")
           "swallowed_verb_before": ("out", "off", "down", "up", "back", "away"),
           "irregular_pasts": ("sent", "spoke", "made", "took", "gave", "got", "held", "brought", "kept", "began",
                               "ran", "won", "lost", "met", "left", "put", "set", "threw", "drew", "struck"),
           # "that" before a capitalised word opens a clause: no article of the phrase ("that Trump said")
           "comp_before_name": True,
           # connectors that open a fronted phrase at the start of a sentence ("At Sunday’s debate, X …")
           "fronting_connectors": ("at", "for", "of"),
           # a capitalised quotation right after these names a work: "the documentary “Weiner.”"
           "work_nouns": ("film", "movie", "show", "series", "sitcom", "documentary", "podcast", "book", "novel",
                          "memoir", "autobiography", "album", "song", "musical", "play", "programme", "program"),
           # speech verbs that are mostly nouns: a verb only after a subject, an auxiliary or "to"
           "mostly_nouns": ("state", "estimate", "point", "remark", "comment", "charge", "remarks", "comments"),
           # prepositional phrases a subject may carry before its verb ("half of voters in each state say")
           "subject_pps": 2,
           # a digest line names its source after a dash, before a colon: "Polls agree - Pew Research: “"
           "dash_colon_source": True,
           # a title-case quotation right after these (maybe behind "NBC’s") names a programme, book or medium
           "medium_words": ("told", "tells", "on", "with", "to", "of", "in", "at", "from"),
           # "used the term “…”", "say the words “…”": a term someone uses is their wording, no name
           "term_nouns": ("term", "phrase", "word", "words", "slogan", "label"),
           # naming words that are verbs of coining: after their subject the name is the subject's word
           "coining_verbs": ("dubbed", "branded", "labeled", "labelled", "termed", "nicknamed"),
           "uttering_verbs": ("use", "uses", "used", "using", "say", "says", "said", "saying", "utter", "utters",
                              "uttered", "uttering", "coin", "coins", "coined", "coining", "invoke", "invokes",
                              "invoked", "invoking", "repeat", "repeats", "repeated", "repeating"),
           # … but after "of" and one of these the quotation is what was said: "chants of “I’m With Her”"
           "utterance_nouns": ("chant", "chants", "cry", "cries", "shout", "shouts", "call", "calls", "chorus",
                               "choruses", "scream", "screams", "yell", "yells", "cheers", "roar", "roars"),
           # American style puts a comma after a title inside its quote marks (“Scandal,”)
           "comma_inside_quotes": True,
           # "a sign saying “…”": a phrase right before a participle speaks
           "np_participle": True,
           # tokens a name's apposition may span after a quotation before its speech verb
           "long_apposition": 40,
           # … also one whose closing comma is missing ("“…,” Tom Berg, the head of the union said")
           "unclosed_apposition": True,
           # "“…,” Will wrote", "“…,” From said": a capitalised function word before a speech verb after a
           # quotation is a surname (George Will, Al From)
           "function_word_surnames": True,
           # stop words that after an article modify a noun: "a Wednesday editorial said"
           "attributive_stops": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
           # a base verb form after these and one singular word is a noun: "a snappy retort: “…”"
           "singular_articles": ("a", "an", "the", "one", "this", "that"),
           # past forms spelled like the base form ("the statement read")
           "past_like_base": ("read", "put", "hit"),
           # a sentence of one connective and a quotation continues the previous speaker ("Then, “…”")
           "continuation_openers": ("but", "then", "instead", "indeed", "and", "still", "yet", "also", "again",
                                    "specifically", "later", "adding"),
           "continuation_marks": (",", ":"),
           "continuation_unmarked": True,
           # a dash and a name after a quotation standing alone sign it, on its line or the next:
           # "“…” ― Maria Lopez", "“…” ¶ - Bernie Sanders."
           "dash_signature": True,
           # quote marks inside markup left in the text (<tweet author="@x">) open no quotation
           "markup_tags": True,
           # "From the report: “…”": the source after "from" in a lead-in with a colon
           "colon_from": ("from",),
           # speech verbs that take an object: after a quotation the phrase after them is no inverted subject
           # ("…,” denounced her record", "…” described the impact as")
           "object_verbs": ("cited", "cites", "described", "describes", "urged", "urges", "denounced", "denounces", "revealed",
                            "reveals", "posted", "posts", "called", "calls", "accused", "accuses", "blasted",
                            "slammed", "criticized", "criticised", "praised", "hailed", "touted", "dubbed",
                            "labeled", "labelled", "branded", "termed"),
           # "X was asked by Y, “…”": the agent after "by" speaks
           "passive_agent_verbs": ("asked", "pressed", "questioned"),
           # … and "labeled as a “…” by X": the agent after the quotation
           "passive_agent_after": True,
           # speech verbs that introduce a quotation only before it: after one a phrase and such a verb
           # open a new clause ("“…?” Her critics cited it as evidence")
           "pre_only_verbs": ("cite", "cites", "cited"),
           # first-person pronouns outside quotations stand for the writer: not resolved to a name
           "narrator_pronouns": ("i", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll", "i'm", "i’m"),
           # common given names of one gender (names given to both are left out): "Tom Riley" is a man
           "given_name_genders": {
               **{w: "m" for w in """james john robert michael william david richard joseph thomas charles
                   christopher daniel matthew anthony mark donald steven stephen paul andrew joshua kenneth
                   kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
                   jonathan larry justin scott brandon benjamin gregory alexander frank patrick raymond
                   jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan
                   walter jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
                   dylan jesse bryan billy bruce gabriel logan albert willie alan juan wayne elijah randy
                   roy vincent ralph eugene russell bobby philip louis bernard bernie ted mitt mike jeb
                   marco rand chris ben newt rick bill barack tom jim bob dan steve tim joe jon ken kurt
                   rudy reince lou rush jeff rob ron rex harry hank fred ed al ray vladimir boris josh
                   nick matt greg doug joel phil bret brett craig todd chuck dick newt reid mitch
                   francois luis carlos jorge miguel manuel pedro antonio mohammed muhammad ahmed ali
                   omar hassan ibrahim karl hans klaus wolfgang pierre jacques nigel gordon""".split()},
               **{w: "f" for w in """mary patricia jennifer linda elizabeth barbara susan jessica sarah
                   karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda
                   dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela
                   shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel
                   carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
                   kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
                   gloria teresa ann sara frances kathryn janice abigail alice judy sophia grace denise
                   amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
                   marie kayla alexis lori hillary carly megyn nikki huma kellyanne hope debbie ivanka
                   melania chelsea condoleezza madeleine michele marsha jill jane kate katie becky peggy
                   sheila tammy wendy ellen elaine eleanor irene rosa fatima aisha marine ursula
                   sonia sylvia susana claire roberta jane joanne laurie kristen kirsten""".split()}},
           # a capitalised word alone stands for a person only when the article gave the full name
           # ("Jansen" after "Maria Jansen"): news introduces everyone by full name, and the first
           # word of a sentence ("Sometimes", "People", "Eight") is capitalised anyway
           "lone_name_known": True,
           # a short title stands for the role a description names ("Sen. Marco Rubio" is "the senator")
           "title_aliases": {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                             "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
                             "prof": "professor", "supt": "superintendent", "cmdr": "commander",
                             "adm": "admiral", "rev": "reverend", "atty": "attorney"},
           # pronouns that never stand for a person ("“…,” it said": a letter, a memo, a body)
           "impersonal_pronouns": ("it",),
           # a quotation closed by its own full stop ends its sentence: “…” That is what X said.
           "final_marks": ".",
           # pronouns of one gender: the one a name's next sentences use tells the person's gender
           # ("Maria Lopez runs the shelter. She said …")
           "gendered_pronouns": {"he": "m", "him": "m", "his": "m", "himself": "m",
                                 "she": "f", "her": "f", "hers": "f", "herself": "f",
                                 **{p + a + s: g for p, g in (("he", "m"), ("she", "f"))
                                    for a in "'’" for s in ("s", "d", "ll")}},
           # "X criticised the rota and called it “…”": a verb after "and" shares the first verb's subject
           "coordinated_verbs": True,
           # stop words that, capitalised after a capitalised word, continue a name ("USA Today")
           "name_stops": ("today",),
           # "“…,” Sanders said, according to CNN": the reporting source is the attribution's source
           "outer_according": True,
           # … and a cue closing the quotation's sentence further on ("“…” by the shooting, Nefzi said in a
           # statement."), followed by at most this many words
           "sentence_final_cue": 6,
           # "She said she asked “…”": the subject of the outer speech verb is the speaker's mention
           "outer_speaker": True,
           # cues whose addressee may follow them at the end of a sentence ("…, Smith told POLITICO.")
           "addressee_verbs": ("told", "tells"),
           # a speech verb after these is passive ("was charged", "were asked"): its subject does not speak
           "passive_be": ("was", "were", "been", "being", "be", "is", "are", "get", "got"),
           "after_aux_adverbs": ("since", "long", "now", "yet", "still", "so", "ever"),
           # a title-case quotation is a speaker's wording when one of these rules finds a speech verb of
           # its sentence governing it ("Lund said the port was in “Serious Trouble”")
           "titles_under_speech_verb": ("sentence-verb", "participle", "outer-verb"),
           # common nouns (besides titles) that name someone or something able to speak: people, bodies,
           # texts; a cue-less quotation's sentence subject headed by another common noun ("The paradox of
           # Nancy Reagan was …", "Each election brings …") is no speaker
           "speaking_nouns": frozenset("""campaign committee council commission board party group government administration court
               department agency union company organization organisation network newspaper paper magazine
               team panel caucus coalition crowd audience protester supporter voter critic people person
               man woman men women child children kid student family friend parent mother father actor
               actress singer player fan doctor neurosurgeon operative staff staffer employee veteran
               citizen american democrat republican conservative liberal progressive delegate donor
               candidate nominee frontrunner front-runner rival opponent ally adviser advisor aide source
               insider observer expert pollster lawmaker legislator politician judge jury prosecutor lawyer
               attorney police authorities agent ad advertisement commercial spot statement letter report
               lawsuit suit complaint filing memo email e-mail tweet post release editorial article story
               column op-ed poll survey study research analysis book memoir sign banner placard poster
               message headline website site page video clip platform resolution bill law order ruling
               opinion decision transcript response note cable document documents text speech remarks
               comment petition indictment warrant motion brief guidance policy rule rules account feed
               slogan chant shirt t-shirt hat cover caption label voice narrator announcer host guest
               caller reader viewer listener writer blogger reporter journalist outlet station show program
               broadcast interview pope president others another one some many both several most few all
               everyone everybody somebody someone nobody none each majority minority percent half third
               quarter cleric graduate rally preacher pastor imam priest rabbi bishop""".split()),
           # nouns for what someone said, whose possessor speaks a quotation they introduce ("his promise
           # to be “…”", "Trump’s call for a “…”", "her remark that “…”") or follow ("Obama’s “…” promise")
           "content_nouns": ("call", "calls", "promise", "promises", "pledge", "vow", "demand", "claim", "claims",
                             "assertion", "insistence", "warning", "threat", "prediction", "suggestion", "proposal",
                             "plea", "accusation", "charge", "argument", "boast", "admission", "remark", "remarks",
                             "comment", "comments", "statement", "declaration", "description", "reference",
                             "response", "answer", "reply", "reaction", "assumption", "message", "advice",
                             "phrase", "slogan", "mantra", "catchphrase", "line", "quip", "refrain", "label"),
           "content_nouns_after": ("promise", "pledge", "vow", "remark", "remarks", "comment", "comments", "line",
                                   "slogan", "mantra", "catchphrase", "quip", "refrain", "label", "speech", "phrase",
                                   "call", "claim", "warning", "boast"),
           "content_links": ("that", "for", "of", "to", "be"),
           # … a copula links them only before a colon or "that" ("her claim was “false”" judges the claim)
           "content_copulas": ("was", "is"),
           "owner_pronouns": {"his": "he", "her": "she", "their": "they"},
           # endings of agent nouns that may speak though no list names them ("the farmer", "the activist")
           "agent_suffixes": ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "women", "person",
                              "people", "ee")},
)
