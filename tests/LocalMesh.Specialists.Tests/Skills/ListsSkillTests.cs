using LocalMesh.Specialists.Skills;

namespace LocalMesh.Specialists.Tests.Skills;

public sealed class ListsSkillTests
{
    [Fact]
    public async Task ShoppingList_AddRemoveListAndClear()
    {
        var store = SkillTestContext.NewStore();
        var skill = new ListsSkill(store);
        Task<string?> Ask(string intent, string text) => SkillTestContext.AskAsync(skill, intent, text);

        Assert.Equal("Your shopping list is empty.", await Ask("shopping_list", "what's on my shopping list"));
        Assert.Equal("Added milk, eggs and bread to your shopping list.", await Ask("shopping_list_update", "add milk, eggs and some bread to my shopping list"));
        Assert.Equal("Milk was already on it.", (await Ask("shopping_list_update", "put milk on the shopping list")));
        Assert.Equal("Removed milk from your shopping list. Cheese was not on it.", await Ask("shopping_list_update", "remove milk and cheese from my shopping list"));
        Assert.Equal("Yes, eggs is on your shopping list.", await Ask("shopping_list", "are eggs on my shopping list"));
        Assert.Equal("No, tomatoes is not on your shopping list.", await Ask("shopping_list", "are tomatoes on my shopping list"));
        Assert.Equal("Your shopping list has 2 items: eggs and bread.", await Ask("shopping_list", "read me my shopping list please"));

        Assert.Equal("Added lentils to your shopping list.", await Ask("shopping_list_update", "throw lentils into the grocery basket"));
        Assert.Equal("Removed lentils from your shopping list.", await Ask("shopping_list_update", "drop lentils from the grocery list"));

        // The to-do list is a different list.
        Assert.Equal("Added vacuuming to your to-do list.", await Ask("todo_list_update", "i need to add the chore of vacuuming to my todo list"));
        Assert.Equal("Your to-do list has 1 item: vacuuming.", await Ask("todo_list", "what's on my to do list"));
        Assert.Equal("Cleared your shopping list (2 items).", await Ask("shopping_list_update", "clear my shopping list"));
        Assert.Equal("Your shopping list was already empty.", await Ask("shopping_list_update", "empty my shopping list"));

        // State is in SQLite: a new skill over the same store sees it.
        Assert.Equal(["vacuuming"], store.Items("todo"));
    }

    [Theory]
    [InlineData("milk, eggs and bread", new[] { "milk", "eggs", "bread" })]
    [InlineData("some apples & a banana please", new[] { "apples", "banana" })]
    [InlineData("milk and milk", new[] { "milk" })]
    [InlineData("it", new string[0])]
    public void Items_AreSplitAndCleaned(string text, string[] expected) => Assert.Equal(expected, ListsSkill.Items(text));
}
