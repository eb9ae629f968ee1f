import { themeFor } from "../../src/taskpane/themeFor";

describe("themeFor", () => {
  it("follows Office's isDarkTheme where Office says it, as a property or a method", () => {
    expect(themeFor({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#262626" })).toBe("light");
    expect(themeFor({ isDarkTheme: () => true })).toBe("dark");
  });

  it("reads the body background otherwise: Office's Black and Dark Gray themes are dark", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeFor({ bodyBackgroundColor: "#444444" })).toBe("dark");
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeFor({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
  });

  it("is light without a theme or with a colour it cannot read", () => {
    expect(themeFor(undefined)).toBe("light");
    expect(themeFor({ bodyBackgroundColor: "dark" })).toBe("light");
  });
});
