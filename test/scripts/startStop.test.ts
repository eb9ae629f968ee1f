// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPlan } = require("../../scripts/start.js") as {
  startPlan: (where: { platform: string; hasDebugging: boolean; port: string }) => {
    command: string;
    args: string[];
    env: Record<string, string>;
    message: string;
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stopPlan } = require("../../scripts/stop.js") as {
  stopPlan: (where: { hasDebugging: boolean }) => { command: string; args: string[] } | { message: string };
};

describe("npm start", () => {
  it("sideloads into Excel desktop on Windows and macOS when office-addin-debugging is installed", () => {
    for (const platform of ["win32", "darwin"]) {
      const plan = startPlan({ platform, hasDebugging: true, port: "3000" });
      expect(plan.args.slice(0, 3)).toEqual(["office-addin-debugging", "start", "manifest.xml"]);
    }
  });

  it("runs the preview on Windows without office-addin-debugging, saying why and how to install it", () => {
    const plan = startPlan({ platform: "win32", hasDebugging: false, port: "3000" });
    expect(plan.args).toEqual(["webpack", "serve", "--mode", "development", "--env", "preview"]);
    expect(plan.message).toContain("office-addin-debugging is not installed (an optional dependency)");
    expect(plan.message).toContain("npm install --include=optional");
    expect(plan.message).toContain("http://localhost:3000/preview.html");
  });

  it("runs the preview where there is no Excel desktop, on the port asked for", () => {
    const plan = startPlan({ platform: "linux", hasDebugging: true, port: "8080" });
    expect(plan.env).toEqual({ PORT: "8080" });
    expect(plan.message).toContain("Excel desktop is not available on this system");
    expect(plan.message).toContain("http://localhost:8080/preview.html");
  });
});

describe("npm stop", () => {
  it("stops the sideload through office-addin-debugging when it is installed", () => {
    expect(stopPlan({ hasDebugging: true })).toEqual({
      command: "npx",
      args: ["office-addin-debugging", "stop", "manifest.xml"],
    });
  });

  it("says there is nothing to stop, and what to run instead, when it is not", () => {
    const plan = stopPlan({ hasDebugging: false });
    expect("message" in plan && plan.message).toMatch(/no Excel desktop sideload to stop[^]*Ctrl\+C/);
  });
});
