// GitHub's own workflow parser (@actions/workflow-parser, the one behind the Actions VS Code
// extension): parse, validate against its schema, convert to the template GitHub runs. Used on
// the workflow files (workflows.test.ts) and on the READMEs' workflow examples (test/docs).
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

/** Every error GitHub's parser reports for a workflow file's content; [] when it is valid. */
export async function githubParserErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value === undefined) return errors;
  const template = await convertWorkflowTemplate(result.context, result.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
}
