import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { AreaKindValue, GroupProposal, WorkshopGroupDto } from '@tiltak/shared/api-contract';
import { MAX_AREAS_PER_GROUP } from '@tiltak/shared/domain';
import { CasesApi } from '@tiltak/web/shared/data-access';
import type { RequestProblem } from '@tiltak/web/shared/util';
import { CaseStore } from '../case.store';
import { SaveProblem } from '../shell/save-problem';

/** One group's answer to phase 1: up to four areas to preserve or develop. */
@Component({
  selector: 'tt-group-editor',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    SaveProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-editor.html',
  styleUrl: './group-editor.scss',
})
export class GroupEditor {
  private readonly api = inject(CasesApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly store = inject(CaseStore);

  /** The saved group, or null for a new one. */
  readonly group = input<WorkshopGroupDto | null>(null);
  readonly defaultName = input('');
  readonly saved = output<void>();

  protected readonly max = MAX_AREAS_PER_GROUP;
  protected readonly kinds: AreaKindValue[] = ['preserve', 'develop'];
  protected readonly form = this.fb.group({
    name: this.fb.control('', Validators.required),
    proposals: this.fb.array<ReturnType<GroupEditor['proposalGroup']>>([]),
  });
  protected readonly problem = signal<RequestProblem | null>(null);
  protected readonly justSaved = signal(false);
  protected readonly saving = this.store.saving;

  constructor() {
    effect(() => {
      const group = this.group();
      const name = this.defaultName();
      untracked(() => {
        if (this.form.dirty) return;
        this.fill(group?.name ?? name, group?.proposals ?? []);
      });
    });
  }

  protected get proposals(): FormArray<ReturnType<GroupEditor['proposalGroup']>> {
    return this.form.controls.proposals;
  }

  protected addProposal(): void {
    if (this.proposals.length >= this.max) return;
    this.proposals.push(this.proposalGroup({ kind: 'develop', title: '' }));
    this.form.markAsDirty();
  }

  protected removeProposal(index: number): void {
    this.proposals.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const caseId = this.store.detail()?.id;
    if (!caseId) return;
    const value = this.form.getRawValue();
    const proposals: GroupProposal[] = value.proposals
      .filter((p) => p.title.trim())
      .map((p) => ({ kind: p.kind, title: p.title.trim() }));
    const existing = this.group();
    this.problem.set(null);
    this.justSaved.set(false);
    const outcome = await this.store.save(() => {
      if (!existing) return this.api.addGroup(caseId, value.name.trim(), proposals);
      const version =
        this.store.detail()?.groups.find((g) => g.id === existing.id)?.version ?? existing.version;
      return this.api.updateGroup(caseId, {
        id: existing.id,
        version,
        name: value.name.trim(),
        proposals,
      });
    });
    if (outcome.ok) {
      this.justSaved.set(true);
      if (existing) {
        this.form.markAsPristine();
      } else {
        this.fill('', []);
      }
      this.saved.emit();
    } else {
      this.problem.set(outcome.problem);
    }
  }

  private fill(name: string, proposals: GroupProposal[]): void {
    this.proposals.clear();
    for (const p of proposals) this.proposals.push(this.proposalGroup(p));
    if (proposals.length === 0)
      this.proposals.push(this.proposalGroup({ kind: 'develop', title: '' }));
    this.form.controls.name.setValue(name);
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  private proposalGroup(p: GroupProposal) {
    return this.fb.group({
      kind: this.fb.control<AreaKindValue>(p.kind),
      title: this.fb.control(p.title),
    });
  }
}
