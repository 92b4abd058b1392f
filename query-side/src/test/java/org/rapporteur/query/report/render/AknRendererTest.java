package org.rapporteur.query.report.render;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.SampleReports;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AKN is checked by XPath: no registry package reachable from the build serves the OASIS Akoma Ntoso 3.0
 * schema (akomantoso30.xsd), so the structure the schema and AKN4UN require is asserted here instead.
 */
public class AknRendererTest {

    public static final class Akn {
        final Document dom;
        final XPath xpath = XPathFactory.newInstance().newXPath();

        public Akn(byte[] xml) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            xpath.setNamespaceContext(new NamespaceContext() {
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "akn" -> AknRenderer.AKN;
                        case "rap" -> AknRenderer.RAPPORTEUR;
                        default -> XMLConstants.NULL_NS_URI;
                    };
                }

                public String getPrefix(String uri) {
                    return null;
                }

                public Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        public String s(String expression) throws Exception {
            return xpath.evaluate(expression, dom);
        }

        public int n(String expression) throws Exception {
            return ((Double) xpath.evaluate("count(" + expression + ")", dom, XPathConstants.NUMBER)).intValue();
        }

        public List<String> all(String expression) throws Exception {
            NodeList nodes = (NodeList) xpath.evaluate(expression, dom, XPathConstants.NODESET);
            return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        }
    }

    /** What every AKN report must hold, whatever its meeting: identity, unique eIds that links resolve to, provenance. */
    public static void assertWellFormedReport(Akn akn) throws Exception {
        assertThat(akn.n("/akn:akomaNtoso/akn:doc[@name='report']")).isEqualTo(1);
        assertThat(akn.all("/akn:akomaNtoso/akn:doc/akn:meta/*").size()).isGreaterThanOrEqualTo(3);
        assertThat(akn.s("local-name(/akn:akomaNtoso/akn:doc/akn:meta/*[1])")).isEqualTo("identification");
        for (String level : List.of("FRBRWork", "FRBRExpression", "FRBRManifestation")) {
            String base = "/akn:akomaNtoso/akn:doc/akn:meta/akn:identification/akn:" + level;
            assertThat(akn.s(base + "/akn:FRBRthis/@value")).as(level).startsWith("/akn/un/doc/report/");
            assertThat(akn.s(base + "/akn:FRBRdate/@date")).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(akn.s(base + "/akn:FRBRauthor/@href")).startsWith("#");
        }
        assertThat(akn.s("/akn:akomaNtoso/akn:doc/akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRlanguage/@language")).matches("[a-z]{3}");
        assertThat(akn.n("//akn:preface//akn:docProponent")).isEqualTo(1);
        assertThat(akn.n("//akn:mainBody/akn:part")).isGreaterThan(0);
        // the report's numbered paragraphs are in its parts; an annex's own (a decision's) are in its attachment
        assertThat(akn.n("//akn:paragraph[not(ancestor::akn:part) and not(ancestor::akn:attachment)]")).as("paragraphs inside parts").isZero();
        List<String> eIds = akn.all("//@eId");
        Set<String> unique = new HashSet<>(eIds);
        assertThat(unique).as("eIds unique").hasSize(eIds.size());
        for (String href : akn.all("//@refersTo | //@href[starts-with(., '#')] | //@as | //@source")) {
            assertThat(unique).as("target of " + href).contains(href.substring(1));
        }
        assertThat(akn.all("//akn:paragraph[not(ancestor::akn:attachment)]/@eId")).allSatisfy(id -> assertThat(
                akn.n("//rap:provenance/rap:paragraph[@href='#" + id + "']/rap:event")).as(id + "'s events").isPositive());
    }

    @Test
    void theSampleIsAnAkn4unReportWithItsIdentityPartsParagraphsNotesAndReferences() throws Exception {
        byte[] xml = new AknRenderer().render(SampleReports.twelfthMeeting());
        Files.createDirectories(Path.of("target", "rendered"));
        Files.write(Path.of("target", "rendered", "sample.akn.xml"), xml);
        Akn akn = new Akn(xml);
        assertWellFormedReport(akn);
        String id = "/akn:akomaNtoso/akn:doc/akn:meta/akn:identification/";
        assertThat(akn.s(id + "akn:FRBRWork/akn:FRBRthis/@value")).isEqualTo("/akn/un/doc/report/2024-09-20/CCM_MSP_2024_11/!main");
        assertThat(akn.s(id + "akn:FRBRWork/akn:FRBRalias[@name='UNSymbol']/@value")).isEqualTo("CCM/MSP/2024/11");
        assertThat(akn.s(id + "akn:FRBRExpression/akn:FRBRuri/@value")).isEqualTo("/akn/un/doc/report/2024-09-20/CCM_MSP_2024_11/eng@");
        assertThat(akn.s(id + "akn:FRBRExpression/akn:FRBRlanguage/@language")).isEqualTo("eng");
        assertThat(akn.s(id + "akn:FRBRManifestation/akn:FRBRthis/@value")).isEqualTo("/akn/un/doc/report/2024-09-20/CCM_MSP_2024_11/eng@/!main.xml");
        assertThat(akn.s("//akn:preface//akn:docNumber")).isEqualTo("CCM/MSP/2024/11");
        assertThat(akn.s("//akn:preface//akn:docProponent")).isEqualTo("Convention on Cluster Munitions");
        assertThat(akn.s("//akn:preface//akn:docDate/@date")).isEqualTo("2024-09-20");
        assertThat(akn.s("//akn:preface//akn:docTitle")).isEqualTo("Final report");
        assertThat(akn.s("//akn:preface//akn:authorialNote[@marker='*']")).isEqualTo("The present document is being issued without formal editing.");

        assertThat(akn.all("//akn:part/akn:num")).containsExactly("I.", "IV.");
        assertThat(akn.all("//akn:part/akn:heading")).containsExactly("Introduction", "Decisions and recommendations");
        assertThat(akn.all("//akn:paragraph/akn:num")).containsExactly("1.", "2.", "45.", "51.", "85.");
        assertThat(akn.s("//akn:part[@eId='part_IV']/akn:hcontainer[1]/akn:heading")).isEqualTo("Chad");
        assertThat(akn.s("//akn:hcontainer[akn:heading='Chad']/akn:paragraph[1]/@eId")).isEqualTo("para_45");
        assertThat(akn.all("//akn:paragraph[@eId='para_51']/akn:point/akn:num")).containsExactly("(a)", "(b)");
        assertThat(akn.s("//akn:paragraph[@eId='para_51']/akn:point[1]/@eId")).isEqualTo("para_51__point_a");
        assertThat(akn.s("//akn:paragraph[@eId='para_51']/akn:intro")).isEqualTo("The Convention would benefit from Chad reporting on the following:");
        assertThat(akn.s("//akn:paragraph[@eId='para_1']//akn:authorialNote[@marker='1']")).isEqualTo("CCM/CONF/2021/6, paragraph 84(ii)(a).");
        assertThat(akn.s("//akn:paragraph[@eId='para_1']//akn:authorialNote/@placement")).isEqualTo("bottom");
        assertThat(akn.s("//akn:paragraph[@eId='para_2']/akn:content")).contains("Francisca Elizabeth Méndez Escobar & the <President>.");

        assertThat(akn.s("//akn:authorialNote//akn:ref[.='CCM/CONF/2021/6']/@href")).isEqualTo("/akn/un/doc/CCM_CONF_2021_6");
        assertThat(akn.s("//akn:references/akn:TLCReference[@showAs='CCM/CONF/2021/6']/@href")).isEqualTo("/akn/un/doc/CCM_CONF_2021_6");
        assertThat(akn.s("//akn:paragraph[@eId='para_51']//akn:organization[.='Chad']/@refersTo")).isEqualTo("#state_tcd");
        assertThat(akn.s("//akn:references/akn:TLCOrganization[@eId='state_tcd']/@showAs")).isEqualTo("Chad");
        assertThat(akn.s("//akn:references/akn:TLCOrganization[@eId='state_lao']/@href")).isEqualTo("/akn/ontology/organization/un/state/lao");
        assertThat(akn.all("//rap:paragraph[@href='#para_2']/rap:event/@id")).containsExactly("ev-designated", "ev-correction");

        assertThat(akn.n("//akn:attachments/akn:attachment/akn:doc[@name='annex']//akn:table/akn:tr")).isEqualTo(4);
        assertThat(akn.s("//akn:attachment//akn:identification/akn:FRBRWork/akn:FRBRthis/@value")).endsWith("/!annex_1");
        assertThat(akn.s("//akn:attachment//akn:hcontainer/akn:num")).isEqualTo("Annex I");
    }

    @Test
    void theIssueDateIsTheReportsOwnNotItsMastheadReadBackInSomeLanguage() throws Exception {
        ReportDocument sample = SampleReports.twelfthMeeting();
        ReportDocument.Header h = sample.header();
        ReportDocument spanish = new ReportDocument(new ReportDocument.Header(h.convention(), "15 de diciembre de 2023",
                h.language(), h.meetingTitle(), h.placeAndDates(), h.title(), h.symbol(), h.titleNote(), "2023-12-15"),
                sample.sections(), sample.footnotes(), sample.annex(), sample.annexes(), "es", sample.problems());
        Akn akn = new Akn(new AknRenderer().render(spanish));
        assertThat(akn.s("//akn:preface//akn:docDate/@date")).isEqualTo("2023-12-15");
        assertThat(akn.s("/akn:akomaNtoso/akn:doc/akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRuri/@value"))
                .isEqualTo("/akn/un/doc/report/2023-12-15/CCM_MSP_2024_11/spa@");
    }

    @Test
    void everyNameIsKeptAsWritten() throws Exception {
        Akn akn = new Akn(new AknRenderer().render(ManyScriptsReport.report()));
        assertWellFormedReport(akn);
        String text = akn.s("/");
        assertThat(ManyScriptsReport.NAMES).allSatisfy(name -> assertThat(text).contains(name));
    }

    @Test
    void annexesOfDecisionsAndParticipantsAreAttachmentsWithAContainerPerDecisionOrCategory() throws Exception {
        Akn akn = new Akn(new AknRenderer().render(SampleReports.withEveryKindOfAnnex()));
        assertWellFormedReport(akn);
        String annex = "//akn:attachments/akn:attachment/akn:doc[@name='annex']/akn:mainBody/akn:hcontainer";

        assertThat(akn.all(annex + "/@name")).containsExactly("documents", "decisions", "participants");
        assertThat(akn.all(annex + "/akn:num")).containsExactly("Annex I", "Annex II", "Annex III");
        assertThat(akn.all("//akn:attachment//akn:identification/akn:FRBRWork/akn:FRBRthis/@value"))
                .allSatisfy(v -> assertThat(v).matches(".*/!annex_[123]"));
        String decisions = annex + "[@name='decisions']";
        assertThat(akn.s(decisions + "/akn:intro/akn:p")).startsWith("The texts adopted by the Meeting are reproduced");
        assertThat(akn.all(decisions + "/akn:hcontainer[@name='decision']/akn:heading")).containsExactly(
                "Decision 12/1. Budget", "Decision 12/2. Programme");
        String first = decisions + "/akn:hcontainer[@name='decision'][1]";
        assertThat(akn.all(first + "/akn:paragraph[not(@class)]/akn:num")).containsExactly("1.", "2.");
        assertThat(akn.s(first + "/akn:paragraph[1]/@eId")).isEqualTo("annex_2__hcontainer_1__hcontainer_1__para_1");
        assertThat(akn.s(first + "/akn:paragraph[1]//akn:ref/@href")).isEqualTo("/akn/un/doc/CCM_MSP_2024_10");
        assertThat(akn.s(first + "/akn:hcontainer[@name='annex']/akn:heading")).isEqualTo("Annex: Scale of assessments");
        assertThat(akn.s(first + "/akn:hcontainer[@name='annex']/akn:paragraph/akn:content")).contains("CCM/MSP/2024/8");
        // a note after the annex's paragraphs belongs to the container it follows: here the decision's own annex
        assertThat(akn.n("//akn:paragraph[@class='note']")).isEqualTo(1);
        assertThat(akn.s(decisions + "/akn:hcontainer[@name='decision'][2]/akn:paragraph/akn:num")).isEmpty();
        String participants = annex + "[@name='participants']";
        assertThat(akn.all(participants + "/akn:hcontainer[@name='category']/akn:heading")).containsExactly(
                "States parties", "International organizations");
        assertThat(akn.all(participants + "/akn:hcontainer[1]//akn:blockList/akn:item")).containsExactly(
                "Austria", "Chile", "Lao People's Democratic Republic");
        assertThat(akn.s(participants + "/akn:hcontainer[1]//akn:item//akn:organization/@refersTo")).isEqualTo("#state_aut");
    }
}
