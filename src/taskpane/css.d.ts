// webpack's asset/source gives a .css file's text; the task pane inserts it as a <style>.
declare module "*.css" {
  const text: string;
  export default text;
}
