export { CommentEntity } from './comment.entity';
export { CommentsModule } from './comments.module';
export { CreateCommentDto, CreateConfirmationDto } from './comments.dto';
export { CommentsService } from './comments.service';
export { ConfirmationEntity } from './confirmation.entity';
