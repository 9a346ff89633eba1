namespace YouthJustice.Interchange.Tests.Diagnostics;

public class InputLocationTest
{
    [Fact]
    public void A_json_path_reads_as_the_path()
        => InputLocation.Json("children[3].ete[0].hoursOffered").ToString().Should().Be("children[3].ete[0].hoursOffered");

    [Fact]
    public void The_json_root_reads_as_the_document()
        => InputLocation.Json(string.Empty).ToString().Should().Be("the document");

    [Fact]
    public void A_json_position_inside_an_item_names_the_item_line_and_byte()
        => InputLocation.JsonPosition("children[5]", 40, 12).ToString().Should().Be("children[5] (line 40, byte 12)");

    [Fact]
    public void A_json_position_outside_any_item_names_the_line_and_byte()
        => InputLocation.JsonPosition(string.Empty, 1, 0).ToString().Should().Be("line 1, byte 0");

    [Fact]
    public void A_csv_cell_names_file_line_and_column()
        => InputLocation.Csv("ete.csv", 4, "hours_offered").ToString().Should().Be("ete.csv, line 4, column hours_offered");

    [Fact]
    public void A_csv_header_column_names_file_and_column()
        => InputLocation.Csv("ete.csv", 1, "hours").ToString().Should().Be("ete.csv, line 1, column hours");

    [Fact]
    public void A_csv_file_reads_as_its_name()
        => InputLocation.Csv("children.csv").ToString().Should().Be("children.csv");

    [Fact]
    public void The_document_location_reads_as_the_document()
        => InputLocation.Document.ToString().Should().Be("the document");

    [Fact]
    public void Locations_are_equal_by_value()
        => InputLocation.Csv("ete.csv", 4, "hours").Should().Be(InputLocation.Csv("ete.csv", 4, "hours"));
}
