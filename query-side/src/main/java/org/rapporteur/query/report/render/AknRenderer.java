package org.rapporteur.query.report.render;

import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.SubHeading;
import org.rapporteur.query.report.ReportDocument.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.rapporteur.query.report.render.RenderText.blank;
import static org.rapporteur.query.report.render.RenderText.nz;

/**
 * The report as Akoma Ntoso 3.0 XML after the AKN4UN guidelines: a {@code <doc name="report">} identified by
 * FRBR work, expression and manifestation built from its symbol, date and language; the masthead as
 * {@code <preface>}; the outline's parts holding numbered {@code <paragraph>}s with their points; footnotes as
 * {@code <authorialNote>}s where they are called; documents and States mentioned as {@code <ref>} and
 * {@code <organization>} with their TLC entries; the annex as an attachment. The events each paragraph was
 * generated from are kept in {@code <proprietary>} metadata, linked to the paragraph by its {@code eId}.
 */
public final class AknRenderer {

    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    static final String RAPPORTEUR = "https://rapporteur.dev/ns/akn-provenance/1.0";

    public byte[] render(ReportDocument report) {
        try {
            Document dom = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            new Writer(dom, report).write();
            return AknXml.serialize(dom);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot write the AKN report", e);
        }
    }

    private static final class Writer {
        private final Document dom;
        private final ReportDocument report;
        private final AknIdentity identity;
        private final Map<Integer, String> notes = new HashMap<>();
        private final Map<String, String> documents = new LinkedHashMap<>();
        private final Map<String, String> states = new LinkedHashMap<>();
        private final Map<String, List<String>> provenance = new LinkedHashMap<>();
        private int noteCount;

        Writer(Document dom, ReportDocument report) {
            this.dom = dom;
            this.report = report;
            this.identity = new AknIdentity(report);
        }

        void write() {
            report.footnotes().forEach(f -> notes.put(f.number(), f.text()));
            Element root = dom.createElementNS(AKN, "akomaNtoso");
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:rap", RAPPORTEUR);
            dom.appendChild(root);
            Element doc = child(root, "doc");
            doc.setAttribute("name", "report");
            Element meta = child(doc, "meta");
            Element preface = child(doc, "preface");
            Element body = child(doc, "mainBody");
            preface(preface, report.header());
            for (Section section : report.sections()) {
                part(body, section);
            }
            List<ReportDocument.Annex> annexes = RenderText.annexes(report);
            if (!annexes.isEmpty()) {
                Element attachments = child(doc, "attachments");
                for (int i = 0; i < annexes.size(); i++) {
                    annex(child(attachments, "attachment"), annexes.get(i), i + 1);
                }
            }
            identity.identification(meta, "");
            references(meta);
            proprietary(meta);
        }

        private void preface(Element preface, ReportDocument.Header h) {
            Element symbol = line(preface, "symbol");
            child(symbol, "docNumber").setTextContent(nz(h.symbol()));
            Element proponent = inlineElement(line(preface, "body"), "docProponent", nz(h.convention()));
            proponent.setAttribute("refersTo", "#" + AknIdentity.PROPONENT);
            if (identity.date() != null) {
                inlineElement(line(preface, "issued"), "docDate", nz(h.issuedOn())).setAttribute("date", identity.date());
            }
            line(preface, "language").setTextContent(nz(h.language()));
            text(line(preface, "meeting"), nz(h.meetingTitle()));
            if (!blank(h.placeAndDates())) {
                text(line(preface, "placeAndDates"), h.placeAndDates());
            }
            Element title = line(preface, "title");
            inlineElement(title, "docTitle", nz(h.title()));
            if (!blank(h.titleNote())) {
                note(title, "*", h.titleNote(), "preface");
            }
        }

        private void part(Element body, Section section) {
            Element part = child(body, "part");
            String eId = "part_" + (blank(section.number()) ? String.valueOf(body.getChildNodes().getLength()) : AknReferences.idPart(section.number()));
            part.setAttribute("eId", eId);
            if (!blank(section.number())) {
                child(part, "num").setTextContent(section.number() + ".");
            }
            text(child(part, "heading"), nz(section.title()));
            Element subPart = part;
            Element container = part;
            int subHeadings = 0;
            for (Block block : section.blocks()) {
                if (block instanceof SubHeading s) {
                    // a sub-part holds what follows up to the next sub-part; a sub-heading, up to the next heading
                    Element parent = s.level() > 0 ? part : subPart;
                    container = child(parent, "hcontainer");
                    container.setAttribute("name", s.level() > 0 ? "subpart" : "subheading");
                    container.setAttribute("eId", eId + "__hcontainer_" + ++subHeadings);
                    if (!blank(s.number())) {
                        child(container, "num").setTextContent(s.number() + ".");
                    }
                    text(child(container, "heading"), nz(s.text()));
                    if (s.level() > 0) {
                        subPart = container;
                    }
                } else if (block instanceof Paragraph p) {
                    paragraph(container, p);
                }
            }
        }

        private void paragraph(Element parent, Paragraph p) {
            Element paragraph = child(parent, "paragraph");
            String eId = "para_" + p.number();
            paragraph.setAttribute("eId", eId);
            child(paragraph, "num").setTextContent(p.number() + ".");
            provenance.put(eId, p.eventIds());
            if (p.items().isEmpty()) {
                inline(child(child(paragraph, "content"), "p"), p.text(), eId);
                return;
            }
            inline(child(child(paragraph, "intro"), "p"), p.text(), eId);
            for (int i = 0; i < p.items().size(); i++) {
                Item item = p.items().get(i);
                Element point = child(paragraph, "point");
                String label = RenderText.itemLabel(p, item);
                String pointId = eId + "__point_" + (label.matches("\\(?[a-z]+\\)?") ? label.replaceAll("[()]", "") : String.valueOf(i + 1));
                point.setAttribute("eId", pointId);
                if (!label.isEmpty()) {
                    child(point, "num").setTextContent(label);
                }
                inline(child(child(point, "content"), "p"), item.text(), pointId);
            }
        }

        private void inline(Element p, List<Inline> parts, String eId) {
            for (Inline part : parts) {
                if (part instanceof Text t) {
                    for (RenderText.Piece piece : RenderText.pieces(t.text())) {
                        if (piece.href() == null) {
                            text(p, piece.text());
                        } else {
                            Element link = child(p, "a");
                            link.setAttribute("href", piece.href());
                            link.setTextContent(piece.text());
                        }
                    }
                } else if (part instanceof FootnoteRef f && notes.containsKey(f.number())) {
                    note(p, String.valueOf(f.number()), notes.get(f.number()), eId);
                }
            }
        }

        private void note(Element at, String marker, String text, String eId) {
            Element note = child(at, "authorialNote");
            note.setAttribute("marker", marker);
            note.setAttribute("placement", "bottom");
            note.setAttribute("eId", eId + "__authorialNote_" + ++noteCount);
            text(child(note, "p"), RenderText.plain(text));
        }

        /** Text with the documents and States it mentions marked up. */
        private void text(Element at, String text) {
            int from = 0;
            for (AknReferences.Mention m : AknReferences.find(text)) {
                at.appendChild(dom.createTextNode(text.substring(from, m.start())));
                if (m.symbol() != null) {
                    Element ref = child(at, "ref");
                    ref.setAttribute("href", AknReferences.documentUri(m.symbol()));
                    ref.setTextContent(m.text());
                    documents.putIfAbsent(m.symbol(), AknReferences.documentUri(m.symbol()));
                } else {
                    Element state = child(at, "organization");
                    state.setAttribute("refersTo", "#" + AknReferences.stateId(m.state()));
                    state.setTextContent(m.text());
                    states.putIfAbsent(m.state(), AknReferences.stateName(m.state()));
                }
                from = m.end();
            }
            at.appendChild(dom.createTextNode(text.substring(from)));
        }

        private void annex(Element attachment, ReportDocument.Annex annex, int n) {
            Element doc = child(attachment, "doc");
            doc.setAttribute("name", "annex");
            identity.identification(child(doc, "meta"), "annex_" + n);
            Element body = child(doc, "mainBody");
            Element container = child(body, "hcontainer");
            container.setAttribute("name", nz(annex.kind()).isEmpty() ? "annex" : annex.kind());
            container.setAttribute("eId", "annex_" + n + "__hcontainer_1");
            child(container, "num").setTextContent(RenderText.annexHeading(report, annex));
            text(child(container, "heading"), nz(annex.title()));
            if (annex.documents().isEmpty()) {
                blocks(container, annex.blocks(), "annex_" + n + "__hcontainer_1");
                return;
            }
            Element table = child(child(container, "content"), "table");
            table.setAttribute("eId", "annex_" + n + "__hcontainer_1__table_1");
            Element head = child(table, "tr");
            child(child(head, "th"), "p").setTextContent(RenderText.label(report, "symbol"));
            child(child(head, "th"), "p").setTextContent(RenderText.label(report, "title"));
            for (ReportDocument.AnnexEntry e : annex.documents()) {
                Element row = child(table, "tr");
                text(child(child(row, "td"), "p"), nz(e.symbol()));
                text(child(child(row, "td"), "p"), nz(e.title()));
            }
        }

        /**
         * An annex's own blocks as a hierarchy: each heading an {@code hcontainer} (a decision, a category of
         * participants; a decision's own annex inside its decision) holding what follows it, paragraphs as
         * {@code paragraph}, names as a {@code blockList}, a note as the {@code intro} of what it comes first in, or
         * else as a {@code paragraph} of class {@code note}.
         */
        private void blocks(Element annex, List<ReportDocument.AnnexBlock> blocks, String annexId) {
            Element[] at = {annex, null, null};
            String[] ids = {annexId, null, null};
            int[] counts = {0, 0, 0};
            for (ReportDocument.AnnexBlock block : blocks) {
                if (block instanceof ReportDocument.AnnexHeading h) {
                    int level = Math.max(1, Math.min(2, h.level()));
                    Element parent = level == 2 && at[1] != null ? at[1] : annex;
                    int depth = parent == annex ? 1 : 2;
                    Element container = child(parent, "hcontainer");
                    container.setAttribute("name", depth == 1 ? containerName(annex) : "annex");
                    ids[depth] = ids[depth - 1] + "__hcontainer_" + ++counts[depth - 1];
                    counts[depth] = 0;
                    container.setAttribute("eId", ids[depth]);
                    text(child(container, "heading"), nz(h.text()));
                    at[depth] = container;
                    if (depth == 1) {
                        at[2] = null;
                    }
                    continue;
                }
                int depth = at[2] != null ? 2 : at[1] != null ? 1 : 0;
                Element parent = at[depth];
                String parentId = ids[depth];
                if (block instanceof ReportDocument.AnnexNote note) {
                    boolean first = parent.getElementsByTagNameNS(AKN, "paragraph").getLength() == 0
                            && parent.getElementsByTagNameNS(AKN, "hcontainer").getLength() == 0;
                    if (first) {
                        text(child(child(parent, "intro"), "p"), RenderText.plain(note.text()));
                    } else {
                        Element paragraph = child(parent, "paragraph");
                        paragraph.setAttribute("eId", parentId + "__para_" + ++counts[depth]);
                        paragraph.setAttribute("class", "note");
                        text(child(child(paragraph, "content"), "p"), RenderText.plain(note.text()));
                    }
                } else if (block instanceof ReportDocument.AnnexParagraph p) {
                    Element paragraph = child(parent, "paragraph");
                    paragraph.setAttribute("eId", parentId + "__para_" + ++counts[depth]);
                    if (p.label() != null) {
                        child(paragraph, "num").setTextContent(p.label());
                    }
                    text(child(child(paragraph, "content"), "p"), RenderText.plain(p.text()));
                } else if (block instanceof ReportDocument.AnnexList l) {
                    Element paragraph = child(parent, "paragraph");
                    String id = parentId + "__para_" + ++counts[depth];
                    paragraph.setAttribute("eId", id);
                    Element list = child(child(paragraph, "content"), "blockList");
                    list.setAttribute("eId", id + "__list_1");
                    for (int k = 0; k < l.items().size(); k++) {
                        Element item = child(list, "item");
                        item.setAttribute("eId", id + "__list_1__item_" + (k + 1));
                        text(child(item, "p"), l.items().get(k));
                    }
                }
            }
        }

        private static String containerName(Element annex) {
            String kind = annex.getAttribute("name");
            return "decisions".equals(kind) ? "decision" : "participants".equals(kind) ? "category" : "section";
        }

        private void references(Element meta) {
            Element refs = child(meta, "references");
            refs.setAttribute("source", "#" + AknIdentity.SOURCE);
            organization(refs, AknIdentity.SOURCE, "/akn/ontology/organization/rapporteur", "Rapporteur");
            organization(refs, AknIdentity.PROPONENT, "/akn/ontology/organization/un/" + identity.proponentId(),
                    nz(report.header().convention()));
            Element role = child(refs, "TLCRole");
            role.setAttribute("eId", "author");
            role.setAttribute("href", "/akn/ontology/role/author");
            role.setAttribute("showAs", "Author");
            states.forEach((code, name) -> organization(refs, AknReferences.stateId(code),
                    "/akn/ontology/organization/un/state/" + code.toLowerCase(Locale.ROOT), name));
            int n = 0;
            for (Map.Entry<String, String> d : documents.entrySet()) {
                Element tlc = child(refs, "TLCReference");
                tlc.setAttribute("eId", "doc_" + ++n);
                tlc.setAttribute("href", d.getValue());
                tlc.setAttribute("showAs", d.getKey());
                tlc.setAttribute("name", "document");
            }
        }

        private void organization(Element refs, String eId, String href, String showAs) {
            Element tlc = child(refs, "TLCOrganization");
            tlc.setAttribute("eId", eId);
            tlc.setAttribute("href", href);
            tlc.setAttribute("showAs", showAs.isBlank() ? eId : showAs);
        }

        /** For every paragraph, the ids of the events it was generated from. */
        private void proprietary(Element meta) {
            Element proprietary = child(meta, "proprietary");
            proprietary.setAttribute("source", "#" + AknIdentity.SOURCE);
            Element sources = dom.createElementNS(RAPPORTEUR, "rap:provenance");
            proprietary.appendChild(sources);
            provenance.forEach((eId, events) -> {
                Element paragraph = dom.createElementNS(RAPPORTEUR, "rap:paragraph");
                paragraph.setAttribute("href", "#" + eId);
                sources.appendChild(paragraph);
                for (String event : events) {
                    Element e = dom.createElementNS(RAPPORTEUR, "rap:event");
                    e.setAttribute("id", event);
                    paragraph.appendChild(e);
                }
            });
        }

        private Element line(Element preface, String cssClass) {
            Element p = child(preface, "p");
            p.setAttribute("class", cssClass);
            return p;
        }

        private Element inlineElement(Element parent, String name, String text) {
            Element e = child(parent, name);
            text(e, text);
            return e;
        }

        private Element child(Element parent, String name) {
            Element e = dom.createElementNS(AKN, name);
            parent.appendChild(e);
            return e;
        }
    }
}
