export { ContentPageEntity } from './content-page.entity';
export { ContentModule } from './content.module';
