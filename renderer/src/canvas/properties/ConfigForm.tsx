import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { StepType } from '../../../../shared/catalog/types';
import type { Profile } from '../../../../shared/format/profiles';
import type { FlowNode } from '../../../../shared/format/flow-schema';
import { updateStepConfig } from '../../documents/document-actions';
import { useDocuments } from '../../documents/documents-store';
import { EntitySourceBar } from './EntitySourceBar';
import { EntitySourceContext, useEntitySource } from './entity-source';
import { FieldControl } from './FieldControl';
import { FieldContext } from './field-context';
import type { FieldContextValue } from './field-context';
import { requiredFlowKind } from './required-flow-kind';
import { holdsReference, objectFields } from './schema-fields';

/** Config values as JSON: what the flow file can hold (no undefined, no NaN), detached from the form's own objects. */
function toJson(values: FieldValues): Record<string, unknown> {
  return JSON.parse(JSON.stringify(values)) as Record<string, unknown>;
}

/**
 * The generated form of a step's config. Every change is written to the document at once
 * (a burst of typing in one field is one undo step); a change from elsewhere (undo, paste,
 * reload) resets the form to the document's value.
 */
export function ConfigForm({ docId, node, step, context }: { docId: string; node: FlowNode; step: StepType; context: Omit<FieldContextValue, 'idPrefix'> }) {
  const fields = useMemo(() => objectFields(step.config), [step]);
  const referencesEntities = useMemo(() => fields.some(holdsReference), [fields]);
  const flowId = useDocuments((state) => state.docs[docId]?.flow.id);
  const form = useForm<FieldValues>({ defaultValues: node.config, resolver: zodResolver(step.config as never) as unknown as Resolver<FieldValues>, mode: 'onChange' });
  const idPrefix = useId();
  const written = useRef(node.config);

  useEffect(() => {
    if (node.config === written.current) return;
    written.current = node.config;
    form.reset(node.config);
  }, [node.config, form]);

  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          if (name === undefined) return;
          updateStepConfig(docId, node.id, toJson(values), name);
          const current = useDocuments.getState().docs[docId]?.flow.nodes.find((candidate) => candidate.id === node.id);
          if (current) written.current = current.config;
        },
      }),
    [subscribe, docId, node.id],
  );

  // Probed on the step's default config: what a field requires does not depend on what the others hold, and the
  // form's fields are not all rendered again at every keystroke.
  const value = useMemo(() => ({ ...context, idPrefix, flowKindAt: (path: string) => requiredFlowKind(step, step.defaultConfig, path) }), [context, idPrefix, step]);
  return (
    <FormProvider {...form}>
      <FieldContext.Provider value={value}>
        <form className="fp-config" onSubmit={(event) => event.preventDefault()} onBlur={() => useDocuments.getState().sealHistory(docId)} noValidate>
          {referencesEntities && flowId !== undefined ? (
            <WithEntitySource flowId={flowId} profile={context.profile}>
              {fields.map((spec) => (
                <FieldControl key={spec.key} spec={spec} path={spec.key} />
              ))}
            </WithEntitySource>
          ) : (
            fields.map((spec) => <FieldControl key={spec.key} spec={spec} path={spec.key} />)
          )}
        </form>
      </FieldContext.Provider>
    </FormProvider>
  );
}

/** A step's fields that reference tenant entities, under the tenant they are picked from (read only for such steps). */
function WithEntitySource({ flowId, profile, children }: { flowId: string; profile: Profile; children: ReactNode }) {
  const source = useEntitySource(flowId, profile);
  return (
    <EntitySourceContext.Provider value={source}>
      <EntitySourceBar source={source} profile={profile} />
      {children}
    </EntitySourceContext.Provider>
  );
}
