using YouthJustice.Interchange.Yjaf;

namespace YouthJustice.Interchange.Tests.Documentation;

/// <summary>docs/interchange-yjaf.md has a row for every YJB code the reader maps, naming our value.</summary>
public class YjafDocumentationTest
{
    private static readonly string Page = RepositoryFiles.Read("docs/interchange-yjaf.md");

    [Fact]
    public void Every_mapped_YJB_code_has_its_row_with_our_value()
    {
        foreach (var table in new[] { YjafCodes.Disposals, YjafCodes.Accommodation, YjafCodes.Provisions, YjafCodes.OffenceCategories, YjafCodes.AppealStatuses })
        {
            foreach (var (code, name) in table.Rows)
            {
                Page.Should().Contain($"| `{code}` | `{name}` |");
            }
        }
    }

    [Fact]
    public void Every_code_table_writes_a_code_that_reads_back_as_the_value()
    {
        foreach (var table in new[] { YjafCodes.Disposals, YjafCodes.Accommodation, YjafCodes.Provisions, YjafCodes.OffenceCategories, YjafCodes.AppealStatuses, YjafCodes.CareStatuses })
        {
            foreach (var (_, name) in table.Rows)
            {
                table.Read(table.Write(name)).Should().Be(name);
            }
        }

        YjafCodes.Accommodation.Write("SupportedLodgings").Should().Be("SupportedLodgings", "the one YJB code for both reads as supported accommodation");
        YjafCodes.Accommodation.Write("LivingWithParents").Should().Be("LIVING_WITH_PARENT_S");
    }
}
