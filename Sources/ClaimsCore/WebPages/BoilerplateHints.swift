// The hints body extraction goes by, as named constants: which tags, class and id words and
// phrases mark page furniture, and which mark the article. Kept apart from the phases that use
// them (BodyExtractor), as Readability.js keeps its REGEXPS, so that they can be read and
// changed in one place.
internal import HTML

enum BoilerplateHints {
    /// Elements that are never article text, dropped with everything inside them.
    static let unreadableTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "source", "track", "map", "input", "select", "textarea", "button", "label", "option", "dialog",
        "picture", "img", "head", "title", "meta", "link", "base",
    ]

    /// Elements that hold furniture around an article: dropped unless one of them holds most of
    /// the page's text (a site that wraps everything in a `<form>` or a `<header>`).
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "figure", "figcaption", "form", "menu"]

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "toolbar", "tablist", "alert", "figure",
    ]

    /// Words of a class or id (split at punctuation and camelCase) that mark furniture wherever
    /// they stand in a name: `share-tools`, `comments-area`, `related-article`.
    static let strongFurnitureWords: Set<String> = [
        "ad", "ads", "adslot", "adunit", "adcontainer", "advert", "adverts", "advertisement", "advertising", "dfp",
        "gpt", "sponsor", "sponsored", "promo", "promoted", "outbrain", "taboola", "comment", "comments", "disqus",
        "share", "sharing", "sharebar", "social", "socials", "related", "recommended", "recommendations",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
        "cmp", "breadcrumb", "breadcrumbs", "popup", "modal", "trending", "popular", "byline", "bylines",
        "caption", "captions", "figcaption", "credit", "credits", "readmore", "mostread", "seealso", "alsoread",
        "morestories", "tweet", "instagram", "donate", "donation", "outstream",
        // The same in the languages sites name their classes in.
        "publi", "publicidad", "anuncio", "anuncios", "werbung", "anzeige", "anzeigen", "publicite", "publicité",
        "pubblicita", "publicidade", "reklama", "reklam", "comentarios", "comentario", "kommentare", "kommentar",
        "commentaires", "commentaire", "commenti", "commento", "comentários", "yorumlar", "yorum", "komentarze",
        "compartir", "teilen", "partager", "condividi", "compartilhar", "paylas", "relacionada", "relacionadas",
        "relacionados", "relacionado", "correlati", "relacionadas", "migas", "brotkrumen", "ariane", "boletin",
        "boletín", "leidas", "meistgelesen", "mehrzumthema",
    ]

    /// Words that mark furniture when a name ends in them (`entry-header`, `post-meta`,
    /// `layout__sidebar`), but not elsewhere (`header-image` is not a header).
    static let weakFurnitureWords: Set<String> = [
        "header", "footer", "meta", "metadata", "tags", "taglist", "keywords", "topics", "author", "authors", "bio",
        "sidebar", "widget", "widgets", "toolbar", "tools", "nav", "navbar", "navigation", "menu", "masthead", "login",
        "signin", "pagination", "pager", "rating", "poll", "survey", "feedback", "timestamp", "dateline", "date",
        "time", "print", "skip", "hidden", "tooltip", "banner", "teaser", "teasers", "carousel", "slider", "gallery",
        "lightbox", "toc", "listen", "audio", "player", "video", "embed", "podcast", "membership", "alert", "notice",
        "disclaimer", "overlay", "actions", "icons", "buttons", "rail", "aside", "extras", "bar", "ticker",
        "pie", "cabecera", "kopf", "fusszeile", "entete", "pied", "piede", "rodape", "testata", "etiquetas",
        "schlagworte", "stichworte", "firma", "autor", "auteur", "autore", "fecha", "datum", "herramientas",
        "werkzeuge", "outils", "lateral", "seitenleiste", "columna", "antetitulo", "subtitulo", "sumario",
        "vorspann", "chapo", "chapeau", "occhiello", "sottotitolo", "foto", "bildunterschrift", "legende",
        "didascalia", "legenda", "deck", "dek", "standfirst", "strapline", "subheadline", "summary", "excerpt",
        "kicker", "perex", "eyebrow", "overline", "contact", "contacts", "tag", "anons", "announce", "paywall",
    ]

    /// Words that say nothing of what a container holds (`-content`, `__wrapper`, `-inner`); the
    /// word before them names it.
    static let genericWords: Set<String> = [
        "content", "contents", "container", "wrapper", "wrap", "inner", "outer", "area", "box", "block", "blocks",
        "section", "holder", "module", "region", "item", "items", "el", "element", "component", "group", "row", "col",
        "column", "grid", "panel", "unit", "zone", "slot", "list", "links", "container", "layout", "wrapper", "js",
        "is", "has", "c", "l", "o", "u", "m", "v", "main", "primary", "default", "full", "large", "small", "mobile",
        "desktop", "top", "bottom", "left", "right", "middle", "center", "fluid",
    ]

    /// Compounds found anywhere in a class or id token with its punctuation removed
    /// (`readmorelinks`, `most_popular`).
    static let furnitureCompounds = [
        "readmore", "readalso", "alsoread", "seealso", "mostread", "mostpopular", "mostviewed", "relatedarticle",
        "relatedcontent", "relatedstories", "relatedlinks", "relatedposts", "morestories", "morenews", "newsletter",
        "socialshare", "sharetools", "sharebar", "shareicons", "sharebuttons", "cookiebanner", "cookieconsent",
        "breadcrumb", "advert", "outbrain", "taboola", "disqus", "commentsection", "recommend", "paywall",
        "subscribebox", "signupbox", "authorbio", "authorbox", "aboutauthor", "photocredit", "imagecredit",
        "sronly", "visuallyhidden", "screenreader", "offscreen", "youmayalsolike", "youmightlike", "nextarticle",
    ]

    /// Words that name an article container when a name ends in them (after generic words):
    /// `entry-content`, `c-article__body`, `storyText`.
    static let articleWords: Set<String> = [
        "article", "articlebody", "body", "entry", "post", "story", "text", "prose", "richtext", "paragraph",
        "paragraphs", "hentry", "blogpost", "storytext", "bodytext", "articletext", "copy", "main", "content",
        "cuerpo", "texto", "noticia", "artikel", "inhalt", "contenu", "corpo", "testo", "conteudo", "materia",
        "articulo", "artigo", "articolo", "haber", "icerik",
    ]

    /// Class and id words that raise a container's score (Readability's positive pattern).
    static let positiveWords: Set<String> = articleWords.union(["blog", "news", "page", "single", "detail"])

    /// Class and id words that lower a container's score without ruling it out.
    static let negativeWords: Set<String> = [
        "hid", "combx", "community", "contact", "foot", "footnote", "media", "scroll", "shoutbox", "skyscraper",
        "shopping", "tool", "card", "cards", "list", "links", "more", "also", "aside", "extra", "side", "rail",
        "module", "promo", "teaser", "thumb", "thumbnail", "headline", "headlines", "feed",
    ]

    /// Containers publishers name after the article body (trafilatura's BODY_XPATH idea, by words).
    static let bodyCompounds = [
        "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext", "entrycontent",
        "postcontent", "postbody", "bodytext", "articlebodytext", "contentbody", "maincontent", "newsbody",
        "newstext", "textcontent", "articledetail", "articlecopy", "storyblock", "richtext", "postentry",
        "cuerponoticia", "cuerpotexto", "textonoticia", "artikeltext", "artikelinhalt", "articletexte",
        "corponoticia", "testoarticolo", "habermetni", "habericerik",
    ]

    /// Text blocks that are labels, not article text (compared lower-cased, without trailing
    /// punctuation).
    static let labelLines: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "story continues below advertisement",
        "continue reading below", "article continues below", "scroll to continue with content", "skip ad",
        "read more", "read full article", "continue reading", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "copy link", "link copied", "email", "print",
        "comments", "view comments", "show comments", "loading", "loading...", "listen to this article",
        "listen", "related", "related articles", "related stories", "related content", "more on this story",
        "most read", "trending", "subscribe", "sign up", "follow us", "anzeige", "werbung", "publicité", "publicidad",
        "publicidade", "pubblicità", "реклама", "reklam", "reklama", "إعلان", "פרסומת", "広告", "advertentie",
        "top stories", "recommended", "you may also like", "watch", "play video", "video", "photo", "image",
        "newest first", "oldest first", "latest first", "refresh", "load more", "show more", "load earlier updates",
        "pinned", "pinned post", "live", "breaking", "related topics", "read next", "up next", "more to read",
    ]

    /// The first words of a box of furniture that has no telling class: a label over a list of
    /// links, a sign-up form, a call for readers' photos (compared lower-cased, without trailing
    /// punctuation). A small element that opens with one of these is dropped whole.
    static let sectionLabels: Set<String> = labelLines.union([
        "newsletter", "newsletters", "ai summary", "summary", "send us your pictures", "send us your photos",
        "media contact", "media contacts", "press contact", "press contacts", "media enquiries", "press enquiries",
        "about the author", "about the authors", "related stories", "related articles", "related links",
        "related topics", "related coverage", "more stories", "editor's picks", "editors' picks", "top stories",
        "latest news", "latest stories", "popular", "most popular", "most read", "most viewed", "trending now",
        "in other news", "recommended for you", "partner content", "from our partners", "join the conversation",
        "leave a comment", "reader comments", "other headlines", "today's poll", "poll", "classifieds",
        "lo más leído", "más leídas", "lo mas leido", "meistgelesen", "les plus lus", "i più letti", "mais lidas",
        "en çok okunanlar", "самое читаемое", "читайте также", "lesen sie auch", "mehr zum thema", "lire aussi",
        "à lire aussi", "leia também", "lee también", "lea también", "leggi anche", "notes to editors",
        "note to editors",
    ])

    /// Openings of a furniture box's label that go on with a name ("More from Cornwall").
    static let sectionLabelOpenings = ["more from ", "more in ", "more on ", "latest from ", "more stories from ", "related: ", "most read in "]

    /// Openings of "read more" teasers and cross-links set between paragraphs; a block opening so
    /// and mostly a link is dropped.
    static let teaserOpenings = [
        "read more", "read also", "also read", "see also", "related:", "related coverage", "more:", "watch:",
        "listen:", "click here", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "a lire aussi",
        "leia também", "leia mais", "lee también", "lea también", "te puede interesar", "leggi anche",
        "читайте также", "ayrıca okuyun", "ilginizi çekebilir", "اقرأ أيضا", "اقرأ أيضًا", "קראו גם", "あわせて読みたい",
        "czytaj także", "čtěte také", "lees ook",
    ]

    /// Openings of lines that give when a page was published or how long it takes to read.
    static let dateLineOpenings = [
        "updated", "published", "posted", "last updated", "first published", "modified", "created", "date:",
        "aktualisiert", "veröffentlicht", "publié", "mis à jour", "publicado", "actualizado", "atualizado",
        "pubblicato", "aggiornato", "опубликовано", "обновлено", "güncelleme", "yayınlanma", "yayınlandı",
    ]

    /// Words of a class/id, lower-cased: split at anything not a letter or digit, and at camelCase
    /// humps ("articleBody" -> "article", "body").
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for scalar in value.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            let isDigit = ("0"..."9").contains(scalar)
            guard isLetter || isDigit else {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if isLetter, scalar.properties.isUppercase, previousLower, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.unicodeScalars.append(scalar)
            previousLower = isLetter && scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// The value lower-cased with everything but letters and digits removed.
    static func squashed(_ value: String) -> String {
        String(String.UnicodeScalarView(value.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}

/// What an element's class, id and similar naming attributes say it is, read once.
struct ElementNames {
    enum Verdict {
        case neutral, furniture, article
    }

    /// Every word of every name, for scoring.
    var words: [String]
    var verdict: Verdict
    /// Named after the article body itself (`article-body`, `entry-content`, `itemprop=articleBody`).
    var isBodyContainer: Bool
    /// The furniture is named by a strong word (comments, share, related ...), which no amount of
    /// text excuses.
    var isStrongFurniture: Bool

    init(_ document: HTMLDocument, _ node: HTMLDocument.NodeID) {
        words = []
        verdict = .neutral
        isBodyContainer = false
        isStrongFurniture = false
        var sawArticle = false
        var sawFurniture = false
        for attribute in ["class", "id", "itemprop", "data-testid", "data-component", "data-module", "data-type", "data-qa", "role"] {
            guard let value = document.attribute(attribute, of: node), !value.isEmpty else { continue }
            for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let tokenWords = BoilerplateHints.words(String(token))
                guard !tokenWords.isEmpty else { continue }
                words += tokenWords
                let squashed = tokenWords.joined()
                if BoilerplateHints.bodyCompounds.contains(where: { squashed.contains($0) }) {
                    isBodyContainer = true
                    sawArticle = true
                    continue
                }
                switch Self.classify(tokenWords, squashed: squashed) {
                case .article: sawArticle = true
                case .furniture(let strong):
                    sawFurniture = true
                    if strong { isStrongFurniture = true }
                case .neutral: break
                }
            }
        }
        verdict = sawArticle ? .article : sawFurniture ? .furniture : .neutral
    }

    enum TokenKind {
        case neutral, article, furniture(strong: Bool)
    }

    /// One class token: strong furniture words count wherever they stand; otherwise the word
    /// that ends the name (generic words aside) decides.
    static func classify(_ words: [String], squashed: String) -> TokenKind {
        if words.contains(where: { BoilerplateHints.strongFurnitureWords.contains($0) })
            || BoilerplateHints.furnitureCompounds.contains(where: { squashed.contains($0) })
        {
            return .furniture(strong: true)
        }
        let head = words.last { !BoilerplateHints.genericWords.contains($0) } ?? words[words.count - 1]
        if BoilerplateHints.weakFurnitureWords.contains(head) { return .furniture(strong: false) }
        if BoilerplateHints.articleWords.contains(head) { return .article }
        return .neutral
    }

    func has(anyOf set: Set<String>) -> Bool {
        words.contains { set.contains($0) }
    }

    /// Readability's class weight: +25 for a positive name, -25 for a negative one.
    var weight: Double {
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if verdict == .article || has(anyOf: BoilerplateHints.positiveWords) { weight += 25 }
        if verdict == .furniture || has(anyOf: BoilerplateHints.negativeWords) { weight -= 25 }
        if isBodyContainer { weight += 25 }
        return weight
    }
}
