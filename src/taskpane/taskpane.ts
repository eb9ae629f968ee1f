// placeholder, replaced by the task pane
export {};
