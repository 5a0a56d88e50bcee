package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aPersianTableKeepsItsCellsApartAndItsRowsOnTheirOwnLines() {
        String html = """
                <html><head><style>td{color:red}</style></head><body dir="rtl">
                <p>سلام،<br>مشخصات دستگاه:</p>
                <table>
                  <tr><th>نوع</th><th>مدل</th><th>سریال</th></tr>
                  <tr><td>دستگاه</td><td>سانتریفیوژ</td><td>SN-۱۲۳۴</td></tr>
                  <tr>
                    <td>دستگاه</td>
                    <td>انکوباتور</td><td></td>
                  </tr>
                </table>
                <div>با تشکر</div></body></html>""";

        String text = PlainText.fromHtml(html);

        assertThat(text).isEqualTo("""
                سلام،
                مشخصات دستگاه:

                نوع | مدل | سریال
                دستگاه | سانتریفیوژ | SN-۱۲۳۴
                دستگاه | انکوباتور
                با تشکر""");
        assertThat(text).doesNotContain("دستگاهسانتریفیوژ").doesNotContain("color");
    }

    @Test
    void anOutlookTableWithAParagraphInEveryCellKeepsOneLinePerRow() {
        String html = "<table class=MsoTableGrid><tr><td width=200><p class=MsoNormal><span lang=FA>دستگاه</span></p></td>"
                + "<td><p class=MsoNormal>سانتریفیوژ<br>مدل ۵۸۰۴</p></td></tr>"
                + "<tr><td><p>وضعیت</p></td><td><p>خاموش</p></td></tr></table><p>سپاس</p>";

        assertThat(PlainText.fromHtml(html)).isEqualTo("دستگاه | سانتریفیوژ مدل ۵۸۰۴\nوضعیت | خاموش\nسپاس");
    }

    @Test
    void linksKeepTheirAddressesAsTextAndUrl() {
        String html = """
                <div>عکس خرابی را <a href="https://files.example.ir/photo?id=7&amp;size=large">اینجا</a> گذاشتم.</div>
                <div>نشانی: <a href='https://example.ir/'>https://example.ir/</a></div>
                <div><a href="mailto:ali@example.ir">ali@example.ir</a> و <a href="#top">بالا</a></div>
                <ul><li>اول</li><li><a href="https://t.example/x"><img src="x.png"></a></li></ul>""";

        String text = PlainText.fromHtml(html);

        assertThat(text).contains("عکس خرابی را اینجا (https://files.example.ir/photo?id=7&size=large) گذاشتم.")
                .contains("نشانی: https://example.ir/\n")
                .contains("ali@example.ir و بالا")
                .contains("• اول\n• https://t.example/x")
                .doesNotContain("mailto:").doesNotContain("(https://example.ir/)");
    }

    @Test
    void sourceLineEndsAreSpacesAndEntitiesAreRead() {
        assertThat(PlainText.fromHtml("<p>دستگاه از\nدیروز&nbsp;روشن&zwnj;نمی‌شود &laquo;فوری&raquo; &#1740; &amp; &lt;b&gt;</p>"))
                .isEqualTo("دستگاه از دیروز روشن\u200Cنمی‌شود «فوری» ی & <b>");
        assertThat(PlainText.fromHtml(null)).isEmpty();
    }
}
