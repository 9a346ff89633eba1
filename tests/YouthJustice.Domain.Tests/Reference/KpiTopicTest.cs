using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Reference;

namespace YouthJustice.Domain.Tests.Reference;

public class KpiTopicTest
{
    [Theory]
    [InlineData("Accommodation", 1, 1, "kpi1_accommodation_detail_v1")]
    [InlineData("Ete", 2, 2, "kpi2_ete_v1")]
    [InlineData("SendAln", 3, 3, "kpi3_send_aln_v1")]
    [InlineData("MentalHealth", 4, 4, "kpi4_mhew_v1")]
    [InlineData("SubstanceMisuse", 5, 5, "kpi5_substance_misuse_v1")]
    [InlineData("OutOfCourtDisposals", 6, 6, "kpi6_ooc_v1")]
    [InlineData("ManagementBoardAttendance", 7, 8, "kpi8_mba_v1")]
    [InlineData("WiderServices", 8, 7, "kpi7_ws_v1")]
    [InlineData("SeriousViolence", 9, 9, "kpi9_sv_v1")]
    [InlineData("Victims", 10, 10, "kpi10_victims_v1")]
    public void Public_and_return_table_numbers(string name, int publicNumber, int returnTable, string table)
    {
        var kpi = KpiTopic.FromName(name);

        kpi.PublicNumber.Should().Be(publicNumber);
        kpi.ReturnTableNumber.Should().Be(returnTable);
        kpi.YjafReturnTable.Should().Be(table);
        kpi.MeasureIdPrefix.Should().Be($"kpi{publicNumber}");
        KpiTopic.FromPublicNumber(publicNumber).Should().BeSameAs(kpi);
        KpiTopic.FromReturnTableNumber(returnTable).Should().BeSameAs(kpi);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Numbers_outside_1_to_10_have_no_kpi(int number)
    {
        KpiTopic.FromPublicNumber(number).Should().BeNull();
        KpiTopic.FromReturnTableNumber(number).Should().BeNull();
    }
}
