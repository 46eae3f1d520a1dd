package my.gov.platform.catalogue.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface words of the catalogue, KPI and portal pages.
 * Bahasa Melayu in {@code messages/msg_ms.properties}, English in {@code messages/msg_en.properties}.
 */
@MessageBundle(locale = "ms")
public interface PageMessages {
    @Message
    String siteName();

    @Message
    String skip();

    @Message
    String navHome();

    @Message
    String navKpi();

    @Message
    String navPortal();

    @Message
    String switchTo();

    @Message
    String searchLabel();

    @Message
    String searchHint();

    @Message
    String searchButton();

    @Message
    String sector();

    @Message
    String group();

    @Message
    String status();

    @Message
    String any();

    @Message
    String results();

    @Message
    String noResults();

    @Message
    String lifeEvents();

    @Message
    String personas();

    @Message
    String services();

    @Message
    String agency();

    @Message
    String fee();

    @Message
    String channels();

    @Message
    String steps();

    @Message
    String process();

    @Message
    String channel();

    @Message
    String mode();

    @Message
    String asksFor();

    @Message
    String why();

    @Message
    String onceOnly();

    @Message
    String onceOnlyBreach();

    @Message
    String onceOnlyOk();

    @Message
    String adoption();

    @Message
    String payments();

    @Message
    String signIns();

    @Message
    String ratings();

    @Message
    String average();

    @Message
    String noRatings();

    @Message
    String uses();

    @Message
    String kpiTitle();

    @Message
    String overall();

    @Message
    String bySector();

    @Message
    String byGroup();

    @Message
    String byAgency();

    @Message
    String targets();

    @Message
    String noTargets();

    @Message
    String reports();

    @Message
    String total();

    @Message
    String rate();

    @Message
    String baseline();

    @Message
    String target();

    @Message
    String achieved();

    @Message
    String progress();

    @Message
    String portalTitle();

    @Message
    String portalIntro();

    @Message
    String version();

    @Message
    String operations();

    @Message
    String breaking();

    @Message
    String notRead();

    @Message
    String reference();

    @Message
    String tryIt();

    @Message
    String tokenHelp();

    @Message
    String changelog();

    @Message
    String events();

    @Message
    String topic();

    @Message
    String unreachable();

    @Message
    String back();
}
