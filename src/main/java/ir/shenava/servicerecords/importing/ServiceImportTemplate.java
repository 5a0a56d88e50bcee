package ir.shenava.servicerecords.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The empty workbook to fill in: the Persian headers, right to left, every column formatted as text. */
public final class ServiceImportTemplate {

    private ServiceImportTemplate() {
    }

    public static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("خدمات");
            sheet.setRightToLeft(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            // text cells keep leading zeros of codes and "1405/08/14" as typed
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            Row row = sheet.createRow(0);
            ServiceColumn[] columns = ServiceColumn.values();
            for (int i = 0; i < columns.length; i++) {
                row.createCell(i).setCellValue(columns[i].header());
                row.getCell(i).setCellStyle(header);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (columns[i] == ServiceColumn.REPORT ? 50 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
