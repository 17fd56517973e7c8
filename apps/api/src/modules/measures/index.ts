export { AreaEntity } from './area.entity';
export { MeasureDeadlineChangeEntity } from './measure-deadline-change.entity';
export { toMeasureDto } from './measure-mappers';
export { MeasureEntity } from './measure.entity';
export { CreateMeasureDto } from './measures.dto';
export { MeasuresModule } from './measures.module';
export { MeasuresService } from './measures.service';
