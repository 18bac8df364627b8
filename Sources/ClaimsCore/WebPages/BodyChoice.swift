// Phases 4 and 5 of BodyExtractor: the best-scoring container, moved up to the ancestor the
// next best agree on, with the siblings that belong with it; and the pages (index pages, lists of
// teasers) that hold no one article.
internal import HTML

extension BodyExtractor {
    // MARK: Phase 4: the best container and its siblings

    /// The top-scoring container, moved up to a shared ancestor when the next best agree on one,
    /// then the siblings that belong with it.
    static func choose(scores: Scores, blocks: [TextBlock], document: HTMLDocument, body: HTMLDocument.NodeID) -> [HTMLDocument.NodeID] {
        let ranked = scores.score.keys.sorted { scores.final($0) > scores.final($1) || (scores.final($0) == scores.final($1) && $0 < $1) }
        guard var top = ranked.first else { return [body] }
        let topScore = scores.final(top)

        // Several strong candidates inside one ancestor: the article is split into parts.
        let alternatives = ranked.dropFirst().prefix(5).filter { scores.final($0) >= topScore * 0.75 }
        if alternatives.count >= 3 {
            var ancestor = document.parent(top)
            while let node = ancestor, node != body, node != HTMLDocument.root {
                if alternatives.filter({ document.isDescendant($0, of: node) }).count >= 3 {
                    top = node
                    break
                }
                ancestor = document.parent(node)
            }
        }

        // A parent that scores better than its best child holds more of the article; climbing
        // stops where the scores fall below a third of the top's.
        var lastScore = scores.final(top)
        let floor = lastScore / 3
        var parent = document.parent(top)
        while let node = parent, node != body, node != HTMLDocument.root {
            guard scores.score[node] != nil else {
                parent = document.parent(node)
                continue
            }
            let parentScore = scores.final(node)
            if parentScore < floor { break }
            if parentScore > lastScore {
                top = node
                break
            }
            lastScore = parentScore
            parent = document.parent(node)
        }

        // An only child is as good as its parent.
        while let up = document.parent(top), up != body, up != HTMLDocument.root,
            document.children(up).filter({ document.kind($0) == .element }).count == 1
        {
            top = up
        }

        // Siblings that score well, share the top's class, or read as paragraphs of the article.
        guard let container = document.parent(top) else { return [top] }
        var blocksByOwner: [HTMLDocument.NodeID: [TextBlock]] = [:]
        for block in blocks { blocksByOwner[block.owner, default: []].append(block) }
        let threshold = max(10, scores.final(top) * 0.2)
        let topClass = document.attribute("class", of: top)
        var chosen: [HTMLDocument.NodeID] = []
        for sibling in document.children(container) where document.kind(sibling) == .element {
            if sibling == top {
                chosen.append(sibling)
                continue
            }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, document.attribute("class", of: sibling) == topClass {
                bonus = scores.final(top) * 0.2
            }
            if scores.score[sibling] != nil, scores.final(sibling) + bonus >= threshold {
                chosen.append(sibling)
                continue
            }
            guard let length = scores.textLength[sibling], length > 0 else { continue }
            let density = scores.linkDensity(sibling)
            let isParagraph = ["p", "blockquote", "ul", "ol", "h2", "h3", "h4"].contains(document.name(sibling))
                || blocksByOwner[sibling]?.contains { $0.isWholeElement } == true
            guard isParagraph else { continue }
            if length > 80, density < 0.25 {
                chosen.append(sibling)
            } else if length <= 80, density == 0, let last = blocksByOwner[sibling]?.last?.text.last,
                ".!?…。".contains(last)
            {
                chosen.append(sibling)
            }
        }
        return chosen
    }

    // MARK: Phase 5: pages that are not one article

    /// Why the chosen text is a list of other articles rather than one: many headings that are
    /// all link, on a page that does not call itself an article.
    static func indexPageReason(_ blocks: [TextBlock], document: HTMLDocument, hints: Hints) -> String? {
        let linkHeadings = blocks.filter { $0.kind == .heading && $0.linkDensity > 0.7 }.count
        let linkBlocks = blocks.filter { $0.linkDensity > 0.7 }.count
        let indexLike = linkHeadings >= indexHeadingCount && Double(linkBlocks) >= Double(blocks.count) * 0.3
        if indexLike, !hints.declaresArticle || hints.declaresIndex {
            return "it is a page of links to \(linkHeadings) other articles (a section front or an index), not one article"
        }
        return nil
    }
}
