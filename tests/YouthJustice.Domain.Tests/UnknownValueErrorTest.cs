namespace YouthJustice.Domain.Tests;

public class UnknownValueErrorTest
{
    [Fact]
    public void Error_names_the_field_the_value_and_what_is_allowed()
    {
        var error = new UnknownValueError("sex", "M", ["Male", "Female", "NotKnown", "1", "2"]);

        error.Message.Should().Be("'M' is not a valid 'sex'; expected one of: Male, Female, NotKnown, 1, 2.");
        error.ToString().Should().Be(error.Message);
    }

    [Fact]
    public void Errors_with_the_same_field_value_and_allowed_values_are_equal()
    {
        var a = new UnknownValueError("sex", "M", ["Male", "Female"]);

        a.Should().Be(new UnknownValueError("sex", "M", ["Male", "Female"]));
        a.GetHashCode().Should().Be(new UnknownValueError("sex", "M", ["Male", "Female"]).GetHashCode());
        a.Should().NotBe(new UnknownValueError("sex", "M", ["Female", "Male"]));
        a.Should().NotBe(new UnknownValueError("sex", "F", ["Male", "Female"]));
    }

    [Fact]
    public void Blank_field_is_refused()
    {
        var act = () => new UnknownValueError(" ", "M", []);

        act.Should().Throw<ArgumentException>().WithParameterName("field");
    }
}
